// The pieces under the streaming xlsx reader: the XML tokenizer gives the same events however
// the bytes are chunked, the zip reader reads the directory from the file's tail and refuses
// parts that inflate past their declared size, and the shared-string table round-trips.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { ImportReadError } from '../../../electron/import/readers';
import { resolveLimits } from '../../../electron/import/readers/limits';
import { SharedStrings } from '../../../electron/import/readers/xlsx-shared-strings';
import { unescapeCellText, XmlScanner } from '../../../electron/import/readers/xml-scanner';
import { readZipDirectory } from '../../../electron/import/readers/zip-directory';
import { readZipDirectoryAt, ZipFile } from '../../../electron/import/readers/zip-file';
import { tempDir } from './helpers';
import { zipOf } from './zip-fixture';

const tmp = tempDir();

function events(chunks: Buffer[]): string[] {
  const out: string[] = [];
  let text = '';
  const flush = (): void => {
    if (text) out.push(`text:${text}`);
    text = '';
  };
  const scanner: XmlScanner = new XmlScanner(['row', 'c', 'v', 't'], {
    open: (name, selfClosing) => {
      flush();
      out.push(`open:${name}${selfClosing ? '/' : ''}:${scanner.attr('r') ?? ''}:${scanner.attr('t') ?? ''}`);
    },
    close: (name) => {
      flush();
      out.push(`close:${name}`);
    },
    text: (buf, start, end, cdata) => {
      text += (cdata ? '[cdata]' : '') + buf.toString('utf8', start, end);
    },
  });
  for (const c of chunks) scanner.write(c);
  flush();
  return out;
}

describe('streaming xlsx parts', () => {
  it('tokenizes the same events whatever the chunk boundaries', () => {
    const doc = Buffer.from(
      '\ufeff<?xml version="1.0"?><!-- a > comment --><x:sheetData xmlns:x="m"><x:row r="1"><x:c r="A1" t="inlineStr" x:note="a>b \'q\'"><x:is><x:t>中文 &amp; 字</x:t></x:is></x:c>' +
        '<c r=\'B1\'><v><![CDATA[<1>]]></v></c><c r="C1"/></x:row></x:sheetData>',
      'utf8',
    );
    const whole = events([doc]);
    expect(whole).toContain('open:c:A1:inlineStr');
    expect(whole).toContain('text:中文 &amp; 字');
    expect(whole).toContain('text:[cdata]<1>');
    expect(whole).toContain('open:c/:C1:');
    for (let i = 1; i < doc.length; i++) expect(events([doc.subarray(0, i), doc.subarray(i)])).toEqual(whole);
    expect(events([...doc].map((b) => Buffer.from([b])))).toEqual(whole);
  });

  it('unescapes cell text as Excel stores it', () => {
    expect(unescapeCellText('a&lt;b&gt;&quot;&apos;&amp;&#x1F600;&#20013;_x0009_x\r\ny')).toBe('a<b>"\'&😀中\tx\ny');
  });

  it('reads the zip directory from the tail as from the whole file', () => {
    const wb = XLSX.utils.book_new(XLSX.utils.aoa_to_sheet([['a'], [1]]), 'S');
    const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const path = tmp.write('dir.xlsx', buf);
    expect(readZipDirectoryAt(path, 'dir.xlsx')).toEqual(readZipDirectory(buf, 'dir.xlsx'));
  });

  it('refuses a streamed part that inflates past its declared size', async () => {
    const path = tmp.write('liar.zip', zipOf('xl/worksheets/sheet1.xml', 4 * 1024 * 1024, 1000));
    const zip = new ZipFile(path, 'liar.zip', resolveLimits().zip);
    const entry = zip.entry('xl/worksheets/sheet1.xml');
    if (!entry) throw new Error('entry missing');
    const err = await (async () => {
      try {
        for await (const chunk of zip.stream(entry)) expect(chunk.length).toBeGreaterThan(0);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(ImportReadError);
    expect((err as ImportReadError).code).toBe('zip-bomb');
  });

  it('keeps shared strings packed and gives them back', () => {
    const t = new SharedStrings();
    const words = ['', '客户', 'Ünï', ''];
    for (let i = 0; i < 3000; i++) for (const w of words) t.push(w);
    t.push('x'.repeat(70_000));
    t.seal();
    expect(t.length).toBe(12_001);
    expect(t.get(1)).toBe('客户');
    expect(t.get(11_998)).toBe('Ünï');
    expect(t.get(12_000)).toBe('x'.repeat(70_000));
    expect(t.isEmpty(0)).toBe(true);
    expect(t.isEmpty(1)).toBe(false);
    expect(t.get(12_001)).toBeUndefined();
    expect(t.get(-1)).toBeUndefined();
  });
});
