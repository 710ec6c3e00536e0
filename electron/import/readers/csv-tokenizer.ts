// RFC 4180 tokenizer that is fed decoded text chunks. Fields are sliced out of the chunk, never
// built char by char; a record cut by a chunk boundary is simply re-read from its start once
// more text arrives (bounded by the cell-size cap, which also catches a runaway quote early).

import { ImportReadError } from './errors';

export interface CsvRecord {
  fields: string[];
  /** 1-based physical line where the record starts. */
  line: number;
}

export interface TokenizerOptions {
  delimiter: string;
  file: string;
  maxCellChars: number;
  maxColumns: number;
  /** Names for error messages, by field index, once the header is known. */
  columnName?: (index: number) => string;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export class CsvTokenizer {
  private buf = '';
  private line = 1;
  private readonly delim: number;

  constructor(private readonly opts: TokenizerOptions) {
    if (opts.delimiter.length !== 1) throw new Error('delimiter must be one character');
    this.delim = opts.delimiter.charCodeAt(0);
  }

  /** Records completed by this chunk; pass final=true with the last (possibly empty) chunk. */
  feed(text: string, final: boolean): CsvRecord[] {
    const buf = this.buf + text;
    const out: CsvRecord[] = [];
    const len = buf.length;
    const delim = this.delim;
    const { maxCellChars, maxColumns, file } = this.opts;
    let pos = 0;
    let line = this.line;
    // Next newline at or after the scan point, cached so counting lines inside quoted fields stays linear.
    let nl = buf.indexOf('\n');
    const column = (i: number): string => this.opts.columnName?.(i) ?? `#${i + 1}`;

    records: while (pos < len) {
      const recLine = line;
      const fields: string[] = [];
      let i = pos;
      let cur = line;
      for (;;) {
        let value: string;
        if (i < len && buf.charCodeAt(i) === QUOTE) {
          const fieldLine = cur;
          let j = i + 1;
          let pieces: string[] | null = null;
          for (;;) {
            const q = buf.indexOf('"', j);
            const end = q < 0 ? len : q;
            if (nl !== -1 && nl < j) nl = buf.indexOf('\n', j);
            while (nl !== -1 && nl < end) {
              cur++;
              nl = buf.indexOf('\n', nl + 1);
            }
            if (end - i > maxCellChars) {
              throw new ImportReadError(
                'cell-too-large',
                { file, row: fieldLine, column: column(fields.length) },
                `a quoted cell starting on line ${fieldLine} is longer than ${maxCellChars} characters (an unterminated quote?)`,
              );
            }
            if (q < 0 || (q + 1 >= len && !final)) {
              if (final) {
                throw new ImportReadError(
                  'unterminated-quote',
                  { file, row: fieldLine, column: column(fields.length) },
                  `the quoted field beginning on line ${fieldLine} is never closed`,
                );
              }
              break records;
            }
            if (buf.charCodeAt(q + 1) === QUOTE) {
              (pieces ??= []).push(buf.slice(j, q + 1));
              j = q + 2;
              continue;
            }
            value = pieces ? pieces.join('') + buf.slice(j, q) : buf.slice(j, q);
            i = q + 1;
            break;
          }
          // Text after a closing quote ("abc"def) is kept, as spreadsheet programs do.
          if (i < len) {
            const c = buf.charCodeAt(i);
            if (c !== delim && c !== LF && c !== CR) {
              let k = i;
              while (k < len) {
                const d = buf.charCodeAt(k);
                if (d === delim || d === LF || d === CR) break;
                k++;
              }
              value += buf.slice(i, k);
              i = k;
            }
          }
        } else {
          let k = i;
          while (k < len) {
            const c = buf.charCodeAt(k);
            if (c === delim || c === LF || c === CR) break;
            k++;
          }
          if (k - i > maxCellChars) {
            throw new ImportReadError('cell-too-large', { file, row: recLine, column: column(fields.length) }, `cell is longer than ${maxCellChars} characters`);
          }
          value = buf.slice(i, k);
          i = k;
        }
        fields.push(value);
        if (fields.length > maxColumns) {
          throw new ImportReadError('too-many-columns', { file, row: recLine }, `more than ${maxColumns} columns`);
        }
        if (i >= len) {
          if (!final) break records;
          out.push({ fields, line: recLine });
          pos = i;
          line = cur;
          break records;
        }
        const c = buf.charCodeAt(i);
        if (c === delim) {
          i++;
          if (i >= len && !final) break records;
          continue;
        }
        if (c === CR) {
          if (i + 1 >= len && !final) break records;
          i += buf.charCodeAt(i + 1) === LF ? 2 : 1;
        } else {
          i++;
        }
        cur++;
        out.push({ fields, line: recLine });
        pos = i;
        line = cur;
        continue records;
      }
    }
    this.buf = buf.slice(pos);
    this.line = line;
    return out;
  }
}

/** True for a record that came from a blank line. */
export function isBlankRecord(r: CsvRecord): boolean {
  return r.fields.length === 1 && r.fields[0] === '';
}
