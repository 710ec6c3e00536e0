// The shared-string table, which a sheet's cells point into and so must be kept whole. It is
// kept as UTF-8 bytes in one growing buffer with an offset per string, not as millions of
// JavaScript strings (each with its own header): a string is decoded when a cell asks for it.

import { unescapeCellText, XmlScanner } from './xml-scanner';

export class SharedStrings {
  private bytes = Buffer.alloc(64 * 1024);
  private used = 0;
  private ends = new Uint32Array(1024);
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(text: Buffer | string): void {
    const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    if (this.used + data.length > this.bytes.length) {
      const grown = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + data.length));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    data.copy(this.bytes, this.used);
    this.used += data.length;
    if (this.count === this.ends.length) {
      const grown = new Uint32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.ends[this.count++] = this.used;
  }

  private start(i: number): number {
    return i === 0 ? 0 : (this.ends[i - 1] as number);
  }

  /** The string, or undefined for an index the table does not have. */
  get(i: number): string | undefined {
    if (!(i >= 0 && i < this.count)) return undefined;
    return this.bytes.toString('utf8', this.start(i), this.ends[i]);
  }

  /** Whether string i is empty, without decoding it. */
  isEmpty(i: number): boolean {
    return i >= 0 && i < this.count && this.ends[i] === this.start(i);
  }

  /** Gives back the spare capacity once the table is complete. */
  seal(): void {
    this.bytes = Buffer.from(this.bytes.subarray(0, this.used));
    this.ends = this.ends.slice(0, this.count);
  }
}

/**
 * Collects the visible text of `<si>` (or an inline `<is>`) items: every `<t>`, plain or in
 * rich-text runs, except phonetic guides (`<rPh>`), which Excel does not show in the cell.
 */
export class StringItemCollector {
  private parts: Buffer[] = [];
  private escaped = false;
  private inText = false;
  private phonetic = 0;

  begin(): void {
    this.parts = [];
    this.escaped = false;
    this.inText = false;
    this.phonetic = 0;
  }

  open(name: string): void {
    if (name === 'rPh') this.phonetic++;
    else if (name === 't') this.inText = this.phonetic === 0;
  }

  close(name: string): void {
    if (name === 'rPh') this.phonetic--;
    else if (name === 't') this.inText = false;
  }

  text(buf: Buffer, start: number, end: number, cdata: boolean): void {
    if (!this.inText) return;
    const part = Buffer.from(buf.subarray(start, end));
    if (!cdata) {
      for (let i = start; i < end && !this.escaped; i++) {
        const b = buf[i];
        if (b === 0x26 || b === 0x5f || b === 0x0d) this.escaped = true; // & _ \r
      }
    }
    this.parts.push(part);
  }

  /** UTF-8 bytes of the item's text, unescaped (copied: never a view of a parser chunk). */
  bytes(): Buffer {
    const raw = this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts);
    return this.escaped ? Buffer.from(unescapeCellText(raw.toString('utf8')), 'utf8') : raw;
  }

  value(): string {
    const raw = this.parts.length === 1 ? (this.parts[0] as Buffer).toString('utf8') : Buffer.concat(this.parts).toString('utf8');
    return this.escaped ? unescapeCellText(raw) : raw;
  }
}

export const STRING_ITEM_NAMES = ['t', 'rPh'] as const;

/** Parses sharedStrings.xml from a stream of chunks. */
export async function readSharedStrings(chunks: AsyncIterable<Buffer>): Promise<SharedStrings> {
  const table = new SharedStrings();
  const item = new StringItemCollector();
  let inItem = false;
  const scanner = new XmlScanner(['si', ...STRING_ITEM_NAMES], {
    open: (name) => {
      if (name === 'si') {
        inItem = true;
        item.begin();
      } else if (inItem) item.open(name);
    },
    close: (name) => {
      if (name === 'si') {
        inItem = false;
        table.push(item.bytes());
      } else if (inItem) item.close(name);
    },
    text: (buf, start, end, cdata) => {
      if (inItem) item.text(buf, start, end, cdata);
    },
  });
  for await (const chunk of chunks) scanner.write(chunk);
  table.seal();
  return table;
}
