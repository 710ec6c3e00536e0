// A small streaming XML tokenizer for the SpreadsheetML parts of a workbook. It works on UTF-8
// bytes as they come out of the inflater, so a sheet of any size is read in constant memory,
// and it only reports what the workbook readers ask about: elements by local name (any `x:`
// prefix dropped), their attributes on demand, and the raw text between tags. No DTDs, no
// namespaces resolution: SpreadsheetML needs neither.

export interface XmlHandler {
  /** `name` is the local name when it is one of the scanner's `names`, otherwise ''. */
  open(name: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw bytes between tags (entities still escaped); `cdata` when they came from a CDATA section. */
  text(buf: Buffer, start: number, end: number, cdata: boolean): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const COLON = 0x3a;
const DQ = 0x22;
const SQ = 0x27;
const EQ = 0x3d;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

/** Bytes [start, end) spell `name` (ASCII), compared without making a string. */
function sameName(buf: Buffer, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

/** A non-negative decimal integer spelled by bytes [start, end), or null. */
export function parseDigits(buf: Buffer, start: number, end: number): number | null {
  if (end <= start || end - start > 15) return null;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = (buf[i] as number) - 0x30;
    if (d < 0 || d > 9) return null;
    n = n * 10 + d;
  }
  return n;
}

export class XmlScanner {
  private rest: Buffer = Buffer.alloc(0);
  private waiting: Buffer[] = [];
  private readonly names: readonly Buffer[];
  private readonly nameStrings: readonly string[];
  /** The open tag being reported: its bytes, for attribute look-ups during `open`. */
  private tagBuf: Buffer = this.rest;
  private tagStart = 0;
  private tagEnd = 0;
  private started = false;

  constructor(
    names: readonly string[],
    private readonly handler: XmlHandler,
  ) {
    this.names = names.map((n) => Buffer.from(n, 'latin1'));
    this.nameStrings = names;
  }

  /** Feeds the next chunk; complete tokens are reported, an incomplete tail waits for more. */
  write(chunk: Buffer): void {
    // No token can end in a chunk without '<' or '>': keep it aside rather than copying the
    // unfinished token again for every chunk of a very long text.
    if (this.rest.length && chunk.indexOf(LT) < 0 && chunk.indexOf(GT) < 0) {
      this.waiting.push(chunk);
      return;
    }
    let buf = this.rest.length ? Buffer.concat([this.rest, ...this.waiting, chunk]) : chunk;
    this.waiting = [];
    if (!this.started) {
      if (buf.length < 3) {
        this.rest = buf;
        return;
      }
      // A UTF-8 byte order mark before the declaration.
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
      this.started = true;
    }
    const consumed = this.scan(buf);
    this.rest = consumed < buf.length ? Buffer.from(buf.subarray(consumed)) : Buffer.alloc(0);
  }

  private scan(buf: Buffer): number {
    let pos = 0;
    const len = buf.length;
    while (pos < len) {
      const lt = buf.indexOf(LT, pos);
      if (lt < 0) return pos;
      if (lt > pos) this.handler.text(buf, pos, lt, false);
      if (lt + 1 >= len) return lt;
      const next = buf[lt + 1];
      if (next === BANG) {
        const end = this.special(buf, lt);
        if (end < 0) return lt;
        pos = end;
        continue;
      }
      if (next === QUESTION) {
        const end = buf.indexOf('?>', lt + 2, 'latin1');
        if (end < 0) return lt;
        pos = end + 2;
        continue;
      }
      const gt = this.tagClose(buf, lt + 1);
      if (gt < 0) return lt;
      if (next === SLASH) {
        this.handler.close(this.nameAt(buf, lt + 2));
      } else {
        const selfClosing = buf[gt - 1] === SLASH;
        this.tagBuf = buf;
        this.tagStart = lt + 1;
        this.tagEnd = selfClosing ? gt - 1 : gt;
        const name = this.nameAt(buf, lt + 1);
        this.handler.open(name, selfClosing);
        if (selfClosing) this.handler.close(name);
      }
      pos = gt + 1;
    }
    return pos;
  }

  /** `<!-- -->`, `<![CDATA[ ]]>` or a declaration; returns the index after it, or -1 if incomplete. */
  private special(buf: Buffer, lt: number): number {
    if (buf.length < lt + 9) return -1;
    if (buf[lt + 2] === 0x2d && buf[lt + 3] === 0x2d) {
      const end = buf.indexOf('-->', lt + 4, 'latin1');
      return end < 0 ? -1 : end + 3;
    }
    if (buf.toString('latin1', lt, lt + 9) === '<![CDATA[') {
      const end = buf.indexOf(']]>', lt + 9, 'latin1');
      if (end < 0) return -1;
      this.handler.text(buf, lt + 9, end, true);
      return end + 3;
    }
    const gt = this.tagClose(buf, lt + 2);
    return gt < 0 ? -1 : gt + 1;
  }

  /** Index of the `>` closing a tag, skipping quoted attribute values; -1 if not in the buffer. */
  private tagClose(buf: Buffer, from: number): number {
    let quote = 0;
    for (let i = from; i < buf.length; i++) {
      const b = buf[i] as number;
      if (quote) {
        if (b === quote) quote = 0;
      } else if (b === GT) return i;
      else if (b === DQ || b === SQ) quote = b;
    }
    return -1;
  }

  /** The element's local name if it is one we listen for, else ''. */
  private nameAt(buf: Buffer, start: number): string {
    let end = start;
    let local = start;
    for (; end < buf.length; end++) {
      const b = buf[end] as number;
      if (isSpace(b) || b === GT || b === SLASH) break;
      if (b === COLON) local = end + 1;
    }
    const n = end - local;
    for (let k = 0; k < this.names.length; k++) {
      const want = this.names[k] as Buffer;
      if (want.length !== n) continue;
      let same = true;
      for (let i = 0; i < n && same; i++) same = buf[local + i] === want[i];
      if (same) return this.nameStrings[k] as string;
    }
    return '';
  }

  /** During `open`: the byte range of an attribute's raw value, by local name, or null. */
  attrRange(local: string): [Buffer, number, number] | null {
    const buf = this.tagBuf;
    let i = this.tagStart;
    const end = this.tagEnd;
    while (i < end && !isSpace(buf[i] as number)) i++;
    while (i < end) {
      while (i < end && isSpace(buf[i] as number)) i++;
      const nameStart = i;
      let localStart = i;
      while (i < end && buf[i] !== EQ && !isSpace(buf[i] as number)) {
        if (buf[i] === COLON) localStart = i + 1;
        i++;
      }
      const nameEnd = i;
      while (i < end && (isSpace(buf[i] as number) || buf[i] === EQ)) i++;
      const quote = buf[i];
      if (quote !== DQ && quote !== SQ) return null;
      const valueStart = i + 1;
      const valueEnd = buf.indexOf(quote, valueStart);
      if (valueEnd < 0 || valueEnd > end) return null;
      i = valueEnd + 1;
      if (nameEnd > nameStart && sameName(buf, localStart, nameEnd, local)) return [buf, valueStart, valueEnd];
    }
    return null;
  }

  /** During `open`: an attribute's value, unescaped, by local name. */
  attr(local: string): string | undefined {
    const r = this.attrRange(local);
    return r ? unescapeXml(r[0].toString('utf8', r[1], r[2])) : undefined;
  }
}

const ENTITY = /&(?:(quot|apos|gt|lt|amp)|#x([\da-fA-F]+)|#(\d+));/g;
const NAMED: Readonly<Record<string, string>> = { quot: '"', apos: "'", gt: '>', lt: '<', amp: '&' };
const OOXML_ESCAPE = /_x([\da-fA-F]{4})_/g;

function codePoint(n: number): string {
  return n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

/** XML entities and character references. */
export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (_m, named: string | undefined, hex: string | undefined, dec: string | undefined) =>
    named ? (NAMED[named] ?? '') : codePoint(hex ? parseInt(hex, 16) : parseInt(dec ?? '', 10)),
  );
}

/**
 * Cell text as Excel stores it: XML escapes, then OOXML's `_xHHHH_` escapes for control
 * characters, and CRLF read as one line break (what SheetJS did before, so values stay equal).
 */
export function unescapeCellText(s: string): string {
  let out = unescapeXml(s);
  if (out.indexOf('_x') >= 0) out = out.replace(OOXML_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return out.indexOf('\r\n') >= 0 ? out.replace(/\r\n/g, '\n') : out;
}
