// Tokens of one SQL statement, produced on demand (a 16 MB extended INSERT never becomes a
// token array). String escapes follow the dialect: MySQL backslashes, PostgreSQL E'…'.

import type { SqlDialect } from './dialect';

export type Token =
  | { t: 'id'; v: string; quoted: boolean; s: number; e: number; line: number }
  | { t: 'str'; v: string; prefix: string; s: number; e: number; line: number }
  | { t: 'num'; v: string; s: number; e: number; line: number }
  | { t: 'hex'; v: string; s: number; e: number; line: number }
  | { t: 'p'; v: string; s: number; e: number; line: number }
  | { t: 'eof'; s: number; e: number; line: number };

const MYSQL_ESCAPES: Readonly<Record<string, string>> = { '0': '\0', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\x1a', '%': '\\%', _: '\\_' };
const C_ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57) || c === 36;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** PostgreSQL E'…' and COPY text escapes: \n \t …, octal \ooo, hex \xHH, unicode \uXXXX. */
export function unescapeC(body: string): string {
  if (!body.includes('\\')) return body;
  return body.replace(
    /\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([\s\S]))/g,
    (_m, oct?: string, hex?: string, u4?: string, u8?: string, ch?: string) => {
      if (oct) return String.fromCharCode(parseInt(oct, 8));
      if (hex) return String.fromCharCode(parseInt(hex, 16));
      if (u4 ?? u8) return String.fromCodePoint(parseInt((u4 ?? u8) as string, 16));
      return C_ESCAPES[ch ?? ''] ?? ch ?? '';
    },
  );
}

export class Lexer {
  private pos = 0;
  private line: number;
  private peeked: Token | null = null;
  private backslash = -2;
  private readonly mysql: boolean;
  private readonly brackets: boolean;
  private readonly doubleIsString: boolean;

  constructor(
    readonly text: string,
    startLine: number,
    readonly dialect: SqlDialect,
  ) {
    this.line = startLine;
    this.mysql = dialect === 'mysql';
    this.brackets = dialect === 'sqlite' || dialect === 'mssql';
    this.doubleIsString = dialect === 'mysql';
  }

  peek(): Token {
    return (this.peeked ??= this.read());
  }

  next(): Token {
    const t = this.peek();
    this.peeked = null;
    return t;
  }

  /** Consumes the next token when it is this punctuation or (unquoted, case-insensitive) keyword. */
  accept(word: string): boolean {
    const t = this.peek();
    if ((t.t === 'p' && t.v === word) || (t.t === 'id' && !t.quoted && t.v.toUpperCase() === word)) {
      this.next();
      return true;
    }
    return false;
  }

  private quoted(start: number, close: number, escapes: boolean): { value: string; end: number } {
    const text = this.text;
    const quote = String.fromCharCode(close);
    let j = start;
    let out = '';
    for (;;) {
      const q = text.indexOf(quote, j);
      // Cached: searching for a backslash that never comes would rescan the rest of the statement per string.
      if (escapes && this.backslash !== -1 && this.backslash < j) this.backslash = text.indexOf('\\', j);
      const b = escapes ? this.backslash : -1;
      if (b >= 0 && (q < 0 || b < q)) {
        out += text.slice(j, b);
        const ch = text[b + 1] ?? '';
        out += this.mysql ? (MYSQL_ESCAPES[ch] ?? ch) : unescapeC(`\\${ch}`);
        j = b + 2;
        continue;
      }
      if (q < 0) {
        out += text.slice(j);
        return { value: out, end: text.length };
      }
      out += text.slice(j, q);
      if (text.charCodeAt(q + 1) === close) {
        out += quote;
        j = q + 2;
        continue;
      }
      return { value: out, end: q + 1 };
    }
  }

  private str(s: number, line: number, prefix: string, quoteAt: number, escapes: boolean): Token {
    const r = this.quoted(quoteAt + 1, 39, escapes);
    this.countLines(quoteAt, r.end);
    this.pos = r.end;
    return { t: 'str', v: r.value, prefix, s, e: r.end, line };
  }

  private countLines(from: number, to: number): void {
    for (let k = this.text.indexOf('\n', from); k >= 0 && k < to; k = this.text.indexOf('\n', k + 1)) this.line++;
  }

  private read(): Token {
    const text = this.text;
    const len = text.length;
    let i = this.pos;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 10) this.line++;
      else if (!(c === 32 || c === 9 || c === 13 || c === 12 || c === 0xfeff || c === 0xa0)) break;
      i++;
    }
    const s = i;
    const line = this.line;
    if (i >= len) {
      this.pos = len;
      return { t: 'eof', s, e: len, line };
    }
    const c = text.charCodeAt(i);
    const n1 = text.charCodeAt(i + 1);
    if (c === 39) return this.str(s, line, '', i, this.mysql);
    if (c === 34) {
      const r = this.quoted(i + 1, 34, this.mysql);
      this.countLines(i, r.end);
      this.pos = r.end;
      return this.doubleIsString ? { t: 'str', v: r.value, prefix: '', s, e: r.end, line } : { t: 'id', v: r.value, quoted: true, s, e: r.end, line };
    }
    if (c === 96 || (c === 91 && this.brackets)) {
      const r = this.quoted(i + 1, c === 96 ? 96 : 93, false);
      this.pos = r.end;
      return { t: 'id', v: r.value, quoted: true, s, e: r.end, line };
    }
    if (c === 48 && (n1 === 120 || n1 === 88) && /[0-9a-fA-F]/.test(text[i + 2] ?? '')) {
      let j = i + 2;
      while (j < len && /[0-9a-fA-F]/.test(text[j] ?? '')) j++;
      this.pos = j;
      return { t: 'hex', v: text.slice(i + 2, j), s, e: j, line };
    }
    if (isDigit(c) || (c === 46 && isDigit(n1))) {
      let j = i;
      while (j < len && isDigit(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 46) {
        j++;
        while (j < len && isDigit(text.charCodeAt(j))) j++;
      }
      const e = text.charCodeAt(j);
      if ((e === 101 || e === 69) && /[+-]?\d/y.test(text.slice(j + 1, j + 3))) {
        j += text[j + 1] === '+' || text[j + 1] === '-' ? 2 : 1;
        while (j < len && isDigit(text.charCodeAt(j))) j++;
      }
      this.pos = j;
      return { t: 'num', v: text.slice(i, j), s, e: j, line };
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < len && isIdentPart(text.charCodeAt(j))) j++;
      const word = text.slice(i, j);
      if (text.charCodeAt(j) === 39) {
        const upper = word.toUpperCase();
        if (upper === 'N' || upper === 'X' || upper === 'B') return this.str(s, line, upper, j, this.mysql);
        if (upper === 'E' && this.dialect === 'postgres') return this.str(s, line, 'E', j, true);
        if (word.startsWith('_') && this.mysql) return this.str(s, line, word.toLowerCase(), j, true);
      }
      if (word.startsWith('_') && this.mysql) {
        // Charset introducer followed by a space: _binary '…'
        let k = j;
        while (text.charCodeAt(k) === 32) k++;
        if (text.charCodeAt(k) === 39) return this.str(s, line, word.toLowerCase(), k, true);
      }
      this.pos = j;
      return { t: 'id', v: word, quoted: false, s, e: j, line };
    }
    if (c === 36 && this.dialect === 'postgres') {
      const m = /\$([A-Za-z_][A-Za-z0-9_]*)?\$/y;
      m.lastIndex = i;
      if (m.test(text)) {
        const tag = text.slice(i, m.lastIndex);
        const end = text.indexOf(tag, m.lastIndex);
        const stop = end < 0 ? len : end;
        this.countLines(i, stop);
        this.pos = end < 0 ? len : end + tag.length;
        return { t: 'str', v: text.slice(m.lastIndex, stop), prefix: '$', s, e: this.pos, line };
      }
    }
    if (c === 58 && n1 === 58) {
      this.pos = i + 2;
      return { t: 'p', v: '::', s, e: i + 2, line };
    }
    this.pos = i + 1;
    return { t: 'p', v: text[i] ?? '', s, e: i + 1, line };
  }
}
