// The CSV call list: RFC 4180 (fields with a comma, quote, CR or LF quoted, quotes doubled),
// CRLF line ends, UTF-8 with a BOM (so Excel reads it as UTF-8) or GB18030 through iconv-lite's
// streaming encoder for old Excel versions that read a CSV in the Chinese ANSI code page.
// Text cells arrive neutralised (columns.ts): a quote does not stop a spreadsheet from reading
// a formula, the neutralising prefix does.
import { once } from 'node:events';
import type { WriteStream } from 'node:fs';
import iconv from 'iconv-lite';
import type { CellValue } from '../../../shared/export/neutralise';
import type { CallListSink } from './sink';

export type CsvEncoding = 'utf8' | 'gb18030';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CellValue): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CellValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export function csvSink(stream: WriteStream, encoding: CsvEncoding): CallListSink {
  const encoder = encoding === 'gb18030' ? iconv.getEncoder('gb18030') : null;
  const encode = (text: string): Buffer => (encoder ? encoder.write(text) : Buffer.from(text, 'utf8'));
  const put = async (text: string): Promise<void> => {
    if (!stream.write(encode(text))) await once(stream, 'drain');
  };

  return {
    async start(columns) {
      await put(`${encoding === 'utf8' ? '\uFEFF' : ''}${csvLine(columns.map((c) => c.header))}`);
    },
    async write(lines) {
      let text = '';
      for (const line of lines) text += csvLine(line);
      await put(text);
    },
    async finish() {
      const tail = encoder?.end();
      if (tail && tail.length > 0) stream.write(tail);
      stream.end();
      await once(stream, 'close');
    },
    abort() {
      stream.destroy();
    },
  };
}
