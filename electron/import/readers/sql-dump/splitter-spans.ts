// The spans a statement splitter steps over without looking inside: quoted strings and
// identifiers, block comments (nested in PostgreSQL) and runs of text whose newlines only need
// counting. Pure functions over the buffer, so splitter.ts keeps only the statement logic and
// each span rule is read in one place.

export const LF = 10;

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xfeff || c === 0xa0;
}

export function isIdentChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

export interface Span {
  /** Where scanning stopped: after the closing mark, or at `limit` when it was not reached. */
  to: number;
  /** The closing mark was found. */
  closed: boolean;
  /** Newlines stepped over (line numbers stay true). */
  newlines: number;
}

/**
 * A quoted string or identifier from just after its opening quote: `close` is the closing
 * character, doubled to stand for itself; with `escapes`, a backslash escapes the next character.
 */
export function skipQuoted(buf: string, from: number, limit: number, close: number, escapes: boolean): Span {
  let j = from;
  let newlines = 0;
  while (j < limit) {
    const d = buf.charCodeAt(j);
    if (d === LF) newlines++;
    else if (d === 92 && escapes) {
      if (buf.charCodeAt(j + 1) === LF) newlines++;
      j += 2;
      continue;
    } else if (d === close) {
      if (buf.charCodeAt(j + 1) === close) {
        j += 2;
        continue;
      }
      return { to: j + 1, closed: true, newlines };
    }
    j++;
  }
  return { to: j, closed: false, newlines };
}

/** A block comment from inside it at `depth`; `nested`: `/*` opens a deeper level (PostgreSQL). */
export function skipBlockComment(buf: string, from: number, limit: number, depth: number, nested: boolean): Span & { depth: number } {
  let j = from;
  let newlines = 0;
  while (j < limit) {
    const d = buf.charCodeAt(j);
    if (d === LF) newlines++;
    else if (d === 42 && buf.charCodeAt(j + 1) === 47) {
      j += 2;
      if (--depth === 0) return { to: j, closed: true, newlines, depth };
      continue;
    } else if (nested && d === 47 && buf.charCodeAt(j + 1) === 42) {
      depth++;
      j += 2;
      continue;
    }
    j++;
  }
  return { to: j, closed: false, newlines, depth };
}

/** Newlines in buf[from, to). */
export function countNewlines(buf: string, from: number, to: number): number {
  let n = 0;
  for (let k = buf.indexOf('\n', from); k >= 0 && k < to; k = buf.indexOf('\n', k + 1)) n++;
  return n;
}
