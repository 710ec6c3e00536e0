// The workbook as another program opens it: LibreOffice (headless) converts it to PDF without an
// error; poppler's pdftotext finds the Chinese title, the words and the 万 figures the compact
// formats show (12,345 → "1.2万": LibreOffice reads the backslash digit shift as Excel does);
// pdftoppm renders the first page. Skipped without LibreOffice / poppler unless CI is set, where
// it fails instead. WORKBOOK_PREVIEW_DIR keeps the PDF and the PNG to look at.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../shared/export/document';
import { writeWorkbook } from '../../electron/export/workbook/write-workbook';
import { tempDir } from '../support/temp';
import { fixtureDocument } from './workbook-fixture';

function has(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
}

const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0);
const poppler = has('pdftotext', ['-v']) && has('pdftoppm', ['-v']) && has('pdffonts', ['-v']);
const ready = soffice !== undefined && poppler;
if (!ready) {
  console.warn('WORKBOOK LIBREOFFICE CHECK SKIPPED: LibreOffice (soffice) or poppler-utils not installed');
  if (process.env.CI) throw new Error('CI must open the workbook in LibreOffice: install libreoffice-calc-nogui and poppler-utils');
}

function document(): ExportDocument {
  const base = fixtureDocument(30);
  const compact = (widgetId: string, title: string, value: number, format: 'count' | 'currency') => ({
    widgetId,
    title,
    value,
    format,
    valueText: '',
    status: null,
    thresholds: null,
    periodText: '快照 2024-06-30',
    comparisonText: null,
    changeIsGood: null,
    sparkline: null,
  });
  return {
    ...base,
    kpis: [...base.kpis, compact('small', '高风险客户数', 12_345, 'count'), compact('clv', '客户总价值', 123_456_789, 'currency')],
  };
}

const t = tempDir('churn-workbook-lo-');
let pdf = '';
let text = '';

beforeAll(async () => {
  if (!ready) return;
  const xlsx = join(t.dir, 'cockpit.xlsx');
  await writeWorkbook(document(), { path: xlsx, signal: new AbortController().signal, onProgress: () => undefined });
  const profile = `file://${join(t.dir, 'lo-profile')}`;
  const r = spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', t.dir, xlsx], { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stderr}`);
  pdf = join(t.dir, 'cockpit.pdf');
  text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout;
}, 240_000);
afterAll(() => t.cleanup());

describe.skipIf(!ready)('the workbook in LibreOffice', () => {
  it('converts to PDF with the Chinese title, sheet words and values', () => {
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const words of ['流失驾驶舱', '演示工作区', '地区: 华北、华东', '流失趋势', '高风险客户', '平均健康分', '暂无营销活动', '预警']) expect(text).toContain(words);
    // Neutralised texts show with their quote, as text.
    expect(text).toContain("'=cmd|' /C calc'!A0");
  });

  it('shows the compact KPI figures as the cards do: 万 and 亿 by the digit shift', () => {
    expect(text).toContain('1.2万');
    expect(text).toContain('12.3万');
    expect(text).toContain('¥1.23亿');
    expect(text).toContain('5.2%');
  });

  it('embeds the fonts it drew the Chinese with', () => {
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout.split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // Columns: name type encoding emb sub uni object ID; every font embedded.
    for (const line of fonts) expect(line).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
  });

  it('renders its first page to a PNG', () => {
    const out = join(t.dir, 'page');
    const r = spawnSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const png = readdirSync(t.dir).find((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(png).toBeDefined();
    const bytes = readFileSync(join(t.dir, png!));
    expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(2000);
    const keep = process.env.WORKBOOK_PREVIEW_DIR;
    if (keep) {
      mkdirSync(keep, { recursive: true });
      copyFileSync(pdf, join(keep, 'workbook.pdf'));
      copyFileSync(join(t.dir, png!), join(keep, 'workbook-page1.png'));
    }
  });
});
