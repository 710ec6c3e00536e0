// One data line of PostgreSQL COPY … FROM stdin in text format: tab-separated, \N for null,
// backslash escapes for tab, newline and backslash itself.

import { unescapeC } from './lexer';

export function parseCopyLine(line: string, delimiter: string): (string | null)[] {
  const fields = line.split(delimiter);
  const out: (string | null)[] = new Array<string | null>(fields.length);
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] as string;
    out[i] = f === '\\N' ? null : f.includes('\\') ? unescapeC(f) : f;
  }
  return out;
}
