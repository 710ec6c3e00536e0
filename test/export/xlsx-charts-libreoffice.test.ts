// The charts as another program draws them: LibreOffice converts the workbook to PDF (one page
// per sheet), poppler renders the pages, and the pages must show each chart's words (CJK titles)
// and colours (series, tier slices, the 警戒线 bound to cells). The PNGs are kept under
// test-output/xlsx-charts/ to be looked at. LibreOffice is lenient about element order, so this
// proves the charts draw, not that Excel takes them (the unit test checks order).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDrawings } from '../../electron/export/xlsx-charts/add-drawings';
import { SERIES_COLORS, TIER_COLORS } from '../../shared/dashboards/charts/palette';
import { tempDir } from '../support/temp';
import { writeFixture } from './xlsx-charts-workbook';

const has = (command: string, args: string[]): boolean => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const soffice = ['soffice', 'libreoffice'].find((command) => has(command, ['--version']));
const poppler = has('pdftoppm', ['-v']) && has('pdftotext', ['-v']);
const tools = soffice !== undefined && poppler;
if (!tools && process.env.CI) throw new Error('CI must convert workbooks: install libreoffice-calc-nogui and poppler-utils');

const OUTPUT = resolve(import.meta.dirname, '../../test-output/xlsx-charts');

interface Page {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

/** A binary PPM (P6, maxval 255) as pdftoppm writes it. */
function readPpm(path: string): Page {
  const data = readFileSync(path);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error(`${path}: not a P6 PPM`);
  return { width: Number(header[1]), height: Number(header[2]), rgb: data.subarray(header[0].length) };
}

/** Pixels within `tolerance` of a colour on each channel (anti-aliased edges aside, a bar or slice is solid). */
function pixelsOf(page: Page, color: string, tolerance = 24): number {
  const r = parseInt(color.slice(1, 3), 16);
  const g = parseInt(color.slice(3, 5), 16);
  const b = parseInt(color.slice(5, 7), 16);
  let count = 0;
  for (let i = 0; i + 2 < page.rgb.length; i += 3) {
    if (Math.abs(page.rgb[i]! - r) <= tolerance && Math.abs(page.rgb[i + 1]! - g) <= tolerance && Math.abs(page.rgb[i + 2]! - b) <= tolerance) count++;
  }
  return count;
}

describe.skipIf(!tools)('native charts drawn by LibreOffice', () => {
  const t = tempDir('xlsx-charts-lo-');
  const pages: Page[] = [];
  const texts: string[] = [];

  beforeAll(async () => {
    const path = join(t.dir, 'charts.xlsx');
    await addDrawings(path, await writeFixture(path, { listRows: 0 }));
    // A profile of its own: parallel conversions do not collide, nothing of the user's is touched.
    const profile = `file://${join(t.dir, 'lo-profile')}`;
    const converted = spawnSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', t.dir, path], {
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(converted.status, converted.stderr).toBe(0);
    const pdf = join(t.dir, 'charts.pdf');
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    expect(spawnSync('pdftoppm', ['-r', '60', '-png', pdf, join(OUTPUT, 'page')]).status).toBe(0);
    expect(spawnSync('pdftoppm', ['-r', '40', pdf, join(t.dir, 'page')]).status).toBe(0);
    for (const file of readdirSync(t.dir)
      .filter((name) => name.endsWith('.ppm'))
      .sort())
      pages.push(readPpm(join(t.dir, file)));
    for (let page = 1; page <= pages.length; page++) {
      const words = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
      texts.push(words.stdout.replace(/\s+/g, ''));
    }
  }, 240_000);
  afterAll(() => t.cleanup());

  it('converts to one page per sheet', () => {
    expect(pages).toHaveLength(4);
  });

  it('draws the chart titles and legends in Chinese', () => {
    expect(texts[0]).toContain('月度流失率<趋势>&"警戒"');
    expect(texts[1]).toContain('客户数与流失率');
    expect(texts[2]).toContain('风险等级分布');
    expect(texts[2]).toContain('风险等级（环形）');
    expect(texts[3]).toContain('地区流失（柱状）');
    expect(texts[3]).toContain('地区流失（堆积）');
    expect(texts[3]).toContain('地区排名（横向）');
    expect(texts[3]).toContain('警戒线');
  });

  it('draws each series and slice in its colour', () => {
    const [trend, combo, pie, rank] = pages;
    expect(pixelsOf(trend!, SERIES_COLORS[0]!)).toBeGreaterThan(200);
    expect(pixelsOf(combo!, SERIES_COLORS[0]!)).toBeGreaterThan(1000);
    expect(pixelsOf(combo!, SERIES_COLORS[3]!)).toBeGreaterThan(50);
    for (const tier of [TIER_COLORS.healthy, TIER_COLORS.watch, TIER_COLORS.atRisk]) expect(pixelsOf(pie!, tier), tier).toBeGreaterThan(300);
    expect(pixelsOf(rank!, SERIES_COLORS[0]!)).toBeGreaterThan(1000);
    expect(pixelsOf(rank!, SERIES_COLORS[1]!)).toBeGreaterThan(500);
    // The 警戒线 bound to cells: the only red on the ranking page.
    expect(pixelsOf(rank!, TIER_COLORS.atRisk)).toBeGreaterThan(30);
  });
});
