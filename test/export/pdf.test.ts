// The PDF writer read back by poppler-utils, an independent reader: every font embedded as a
// subset (no Type 3, no unembedded standard font), the Chinese title, KPI values, chart labels
// and "第 1 / N 页" as text, landscape A4 and A3 pages, a logo image; a 5,000-row list cut to
// what the PDF shows; hostile texts as plain text. The first pages are rendered to
// test-output/screenshots/pdf-*.png for a person to look at. Without poppler the reading part
// is skipped (and fails under CI); writing, cancel and failures are checked either way.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/errors';
import { tableOfRows } from '../../shared/export/document';
import { rasterisePng } from '../../electron/export/charts/rasterise';
import { PDF_MAX_ROWS } from '../../electron/export/pdf/plan';
import { writePdf, type WritePdfOptions } from '../../electron/export/pdf/write-pdf';
import { fixtureDocument, HOSTILE_TEXTS } from '../fixtures/export/pdf-document';
import { tempDir } from '../support/temp';
import { decodePng, inkShare } from './png';

const hasPoppler = spawnSync('pdffonts', ['-v']).error === undefined;
if (!hasPoppler) {
  console.warn('PDF READ-BACK SKIPPED: poppler-utils (pdffonts, pdftotext, pdfinfo, pdftoppm) not installed');
  if (process.env.CI) throw new Error('CI must read the PDFs back: install poppler-utils');
}

const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');
const LIST_ROWS = 5000;

const poppler = (tool: string, ...args: string[]): string => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

function options(path: string, overrides: Partial<WritePdfOptions> = {}): WritePdfOptions {
  return { path, pageSize: 'A4', signal: new AbortController().signal, onProgress: () => undefined, ...overrides };
}

/** A 120 × 40 logo drawn as a PNG by resvg, as an analyst's would be. */
function logoPng(): { data: Uint8Array; extension: 'png'; width: number; height: number } {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" rx="6" fill="#1b5fd1"/><circle cx="20" cy="20" r="12" fill="#ffffff"/></svg>';
  return { data: rasterisePng(svg, { scale: 1 }), extension: 'png', width: 120, height: 40 };
}

describe('PDF writer', () => {
  const temp = tempDir('churn-pdf-');
  const zhPath = join(temp.dir, '驾驶舱.pdf');
  const enPath = join(temp.dir, 'cockpit-a3.pdf');
  const zh = fixtureDocument({ locale: 'zh-CN', listRows: LIST_ROWS, logo: logoPng() });
  const en = fixtureDocument({ locale: 'en', listRows: 300 });
  const progress: { phase: string; done: number; total: number }[] = [];
  let zhResult: { bytes: number; pages: number };
  let enResult: { bytes: number; pages: number };
  const reportPath = join(temp.dir, 'report.pdf');
  const base = fixtureDocument({ locale: 'zh-CN', listRows: 120 });
  // The monthly report's sections have no place on a grid: the writer gives them one, in order.
  const report = { ...base, kind: 'monthlyReport' as const, title: '月度流失报告', subtitle: '2026-10', sections: base.sections.map((section) => ({ ...section, layout: null })) };
  let reportResult: { bytes: number; pages: number };

  beforeAll(async () => {
    zhResult = await writePdf(zh, options(zhPath, { onProgress: (phase, done, total) => progress.push({ phase, done, total }) }));
    enResult = await writePdf(en, options(enPath, { pageSize: 'A3' }));
    reportResult = await writePdf(report, options(reportPath));
  });
  afterAll(() => temp.cleanup());

  it('writes the file in place of a temporary one and reports its size and pages', () => {
    expect(zhResult.bytes).toBe(statSync(zhPath).size);
    expect(enResult.bytes).toBe(statSync(enPath).size);
    expect(zhResult.pages).toBeGreaterThan(3);
    expect(readFileSync(zhPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readdirSync(temp.dir).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('reports rendering every chart, then writing every section, in order', () => {
    const charts = zh.sections.filter((s) => s.chart !== null).length + zh.kpis.filter((k) => k.sparkline !== null).length;
    const rendering = progress.filter((p) => p.phase === 'renderingCharts');
    const writing = progress.filter((p) => p.phase === 'writingPdf');
    expect(rendering.at(-1)).toEqual({ phase: 'renderingCharts', done: charts, total: charts });
    expect(writing.at(-1)).toEqual({ phase: 'writingPdf', done: zh.sections.length, total: zh.sections.length });
    expect(progress.findIndex((p) => p.phase === 'writingPdf')).toBeGreaterThan(progress.findLastIndex((p) => p.phase === 'renderingCharts'));
  });

  it('stops at a cancel: CANCELLED, and neither the file nor a temporary one is left', async () => {
    const path = join(temp.dir, 'cancelled.pdf');
    const controller = new AbortController();
    const run = writePdf(zh, options(path, { signal: controller.signal, onProgress: (phase) => phase === 'renderingCharts' && controller.abort() }));
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(temp.dir).filter((name) => name.includes('cancelled'))).toEqual([]);
  });

  it('says exportWriteFailed with the file when the folder cannot be written', async () => {
    const path = join(temp.dir, 'no-such-folder', 'x.pdf');
    const error: unknown = await writePdf(en, options(path)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ reason: 'exportWriteFailed', params: { file: path } });
  });

  it('refuses a logo it cannot read with exportLogoRefused, leaving no file', async () => {
    const path = join(temp.dir, 'bad-logo.pdf');
    const bad = { ...en, logo: { data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), extension: 'png' as const, width: 10, height: 10 } };
    await expect(writePdf(bad, options(path))).rejects.toMatchObject({ code: 'INVALID_INPUT', reason: 'exportLogoRefused' });
    expect(existsSync(path)).toBe(false);
  });

  it('writes one page for a document with nothing but its cover', async () => {
    const empty = { ...en, kpis: [], sections: [], texts: [], filters: [], logo: null };
    expect((await writePdf(empty, options(join(temp.dir, 'empty.pdf')))).pages).toBe(1);
  });

  it('keeps overlong texts to their room: a 50,000-character text widget and a 32,767-character cell add no runaway pages', async () => {
    const long = '很长的说明文字 with words '.repeat(2500);
    const cell = 'x'.repeat(32_767);
    const section = {
      ...en.sections.find((s) => s.kind === 'note')!,
      kind: 'widget' as const,
      notes: [long],
      table: tableOfRows([{ key: 'name', label: 'Name', format: 'text' as const }], [[cell], ['short']]),
    };
    const doc = { ...en, texts: [long], sections: [section] };
    const result = await writePdf(doc, options(join(temp.dir, 'long.pdf')));
    // The cover filled by the text, the KPI cards, the section's note cut to a page, its two rows.
    expect(result.pages).toBeLessThanOrEqual(4);
  });

  describe.skipIf(!hasPoppler)('read back by poppler-utils', () => {
    let zhText: string;
    beforeAll(() => {
      zhText = poppler('pdftotext', '-enc', 'UTF-8', zhPath, '-');
    });

    it('embeds only subset fonts: no Type 3, no unembedded font', () => {
      for (const file of [zhPath, enPath]) {
        const lines = poppler('pdffonts', file).trim().split('\n').slice(2);
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) {
          const columns = line.trim().split(/\s+/);
          // name type… encoding emb sub uni object ID: emb and sub are the 5th and 4th from the end.
          expect(columns.at(-5), line).toBe('yes');
          expect(columns.at(-4), line).toBe('yes');
          expect(line).not.toMatch(/Type 3/);
          // A subset's name carries the 6-letter tag: ABCDEF+Name.
          expect(columns[0]).toMatch(/^[A-Z]{6}\+/);
        }
      }
    });

    it('holds the Chinese title, data date, KPI values, chart labels and page numbers as text', () => {
      expect(zhText).toContain(zh.title);
      expect(zhText).toContain('数据截至 2026-11-30');
      for (const kpi of zh.kpis) expect(zhText).toContain(kpi.valueText);
      // Chart labels are vector text, not pictures: the warning line's label and a tier name.
      expect(zhText).toContain('警戒线');
      expect(zhText).toContain('高风险');
      const pages = zhResult.pages;
      expect(zhText).toContain(`第 1 / ${pages} 页`);
      expect(zhText).toContain(`第 ${pages} / ${pages} 页`);
      expect(zhText).toContain('生成于 2026-12-05 10:30');
    });

    it('cuts the 5,000-row list to what the PDF shows and says so', () => {
      expect(zhText).toContain(zh.words.pdfRowsCut(PDF_MAX_ROWS, LIST_ROWS));
      expect(zhText).toContain(`C${String(100_000 + PDF_MAX_ROWS - 1).padStart(7, '0')}`);
      expect(zhText).not.toContain(`C${String(100_000 + PDF_MAX_ROWS).padStart(7, '0')}`);
      expect(zhText).toContain(zh.words.continuedSheet('全部高风险客户', 2));
    });

    it('prints hostile texts as plain text', () => {
      expect(zhText).toContain('<script>alert(1)</script>');
      expect(zhText).toContain('=cmd|" /C calc"!A0');
      expect(zhText).toContain('演示工作区 <b>&amp;</b>');
      // The list's hostile names among the rows shown (row 3 and every 50th after it).
      expect(zhText).toContain(HOSTILE_TEXTS[3 % HOSTILE_TEXTS.length]);
    });

    it('has landscape A4 and A3 pages, as many as writePdf said', () => {
      const a4 = poppler('pdfinfo', zhPath);
      expect(a4).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
      expect(a4).toMatch(new RegExp(`Pages:\\s+${zhResult.pages}\\n`));
      const a3 = poppler('pdfinfo', enPath);
      expect(a3).toMatch(/Page size:\s+1190\.55 x 841\.89 pts \(A3\)/);
      expect(a3).toMatch(new RegExp(`Pages:\\s+${enResult.pages}\\n`));
    });

    it('lays out a monthly report (sections without grid places) in its order, the month in every header', () => {
      const text = poppler('pdftotext', '-enc', 'UTF-8', reportPath, '-');
      expect(text).toContain('月度流失报告 · 2026-10');
      expect(text.split('月度流失报告 · 2026-10').length - 1).toBe(reportResult.pages);
      let last = -1;
      for (const section of report.sections) {
        const at = text.indexOf(section.title, last + 1);
        expect(at, section.title).toBeGreaterThan(last);
        last = at;
      }
    });

    it('places the logo as an image on the first page', () => {
      // page num type width height …: the picture, and its alpha as an smask.
      const images = poppler('pdfimages', '-list', '-f', '1', '-l', '1', zhPath).trim().split('\n').slice(2);
      const pictures = images.filter((line) => line.trim().split(/\s+/)[2] === 'image');
      expect(pictures.length).toBe(1);
      expect(pictures[0]).toMatch(/\s120\s+40\s/);
    });

    it('renders its first pages to PNGs that are not blank', () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      for (const [file, name] of [
        [zhPath, 'pdf-zh-a4'],
        [enPath, 'pdf-en-a3'],
        [reportPath, 'pdf-report'],
      ] as const) {
        const prefix = join(temp.dir, name);
        poppler('pdftoppm', '-png', '-r', '60', '-f', '1', '-l', '4', file, prefix);
        const pngs = readdirSync(temp.dir).filter((f) => f.startsWith(name) && f.endsWith('.png'));
        expect(pngs.length).toBe(4);
        for (const png of pngs) {
          const decoded = decodePng(readFileSync(join(temp.dir, png)));
          expect(decoded.width).toBeGreaterThan(decoded.height);
          expect(inkShare(decoded)).toBeGreaterThan(0.01);
          copyFileSync(join(temp.dir, png), join(SCREENSHOTS, png));
        }
      }
    });
  });
});
