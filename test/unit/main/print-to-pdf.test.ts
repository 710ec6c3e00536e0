// The desktop app's printToPDF in its pure parts (no Electron binary here): landscape A4/A3 with
// backgrounds, a header with the title and data date (escaped: a title is the analyst's text),
// page numbers in Chromium's footer classes; and the file written whole or not at all.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeHtml, printToPdfOptions, writePrintedPdf } from '../../../electron/main/print-to-pdf';
import { tempDir } from '../../support/temp';

describe('export.printToPdf options', () => {
  it('prints landscape on the chosen paper with backgrounds, header and footer', () => {
    const a4 = printToPdfOptions({ title: '流失预警驾驶舱', dataDate: '2026-11-30', pageSize: 'A4' }, true);
    expect(a4).toMatchObject({ landscape: true, pageSize: 'A4', printBackground: true, displayHeaderFooter: true });
    expect(a4.headerTemplate).toMatch(/<span style="[^"]*text-overflow:ellipsis[^"]*">流失预警驾驶舱<\/span>/);
    expect(a4.headerTemplate).toContain('数据截至 2026-11-30');
    expect(a4.footerTemplate).toContain('第 <span class="pageNumber"></span> / <span class="totalPages"></span> 页');
    // Room for the header and footer (inches), and a type size Chromium would otherwise shrink to nothing.
    expect(a4.margins?.top).toBeGreaterThan(0.4);
    expect(a4.margins?.bottom).toBeGreaterThan(0.4);
    expect(a4.headerTemplate).toMatch(/font-size:\d+px/);

    const a3 = printToPdfOptions({ title: 'Cockpit', dataDate: null, pageSize: 'A3' }, false);
    expect(a3.pageSize).toBe('A3');
    expect(a3.landscape).toBe(true);
    expect(a3.headerTemplate).not.toContain('Data as of');
    expect(a3.footerTemplate).toContain('Page <span class="pageNumber"></span> / <span class="totalPages"></span>');
  });

  it('escapes the title and data date: markup in a title prints as text and injects no page-number span', () => {
    const title = '<img src=x onerror=alert(1)> & "引号" \'单\' <span class="pageNumber"></span>';
    const options = printToPdfOptions({ title, dataDate: '<b>2026</b>', pageSize: 'A4' }, false);
    expect(options.headerTemplate).toContain(escapeHtml(title));
    expect(options.headerTemplate).not.toContain('<img');
    expect(options.headerTemplate).not.toContain('class="pageNumber"');
    expect(options.headerTemplate).toContain('Data as of &lt;b&gt;2026&lt;/b&gt;');
    expect(escapeHtml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
  });
});

describe('export.printToPdf file', () => {
  const temp = tempDir('churn-print-');
  afterAll(() => temp.cleanup());

  it('writes the bytes to the path, replacing an older file, with no temporary file left', async () => {
    const path = join(temp.dir, '驾驶舱.pdf');
    writeFileSync(path, 'old');
    const bytes = new TextEncoder().encode('%PDF-1.4 printed');
    expect(await writePrintedPdf(path, bytes)).toEqual({ path, bytes: bytes.byteLength });
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.4 printed');
    expect(readdirSync(temp.dir)).toEqual(['驾驶舱.pdf']);
  });

  it('answers exportWriteFailed with the file when it cannot be written, leaving nothing behind', async () => {
    const folder = join(temp.dir, 'blocked');
    mkdirSync(folder);
    // A folder where the file should go: the rename fails.
    const path = join(folder, 'taken.pdf');
    mkdirSync(path);
    await expect(writePrintedPdf(path, new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ code: 'INTERNAL', reason: 'exportWriteFailed', params: { file: path } });
    expect(readdirSync(folder)).toEqual(['taken.pdf']);
    await expect(writePrintedPdf(join(temp.dir, 'missing', 'x.pdf'), new Uint8Array([1]))).rejects.toMatchObject({ reason: 'exportWriteFailed' });
    expect(existsSync(join(temp.dir, 'missing'))).toBe(false);
  });

  it('refuses a relative path', async () => {
    await expect(writePrintedPdf('relative.pdf', new Uint8Array([1]))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
