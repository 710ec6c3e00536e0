// What the exports end-to-end suite reads back: a downloaded workbook through ExcelJS (a reader
// other than the writer's own streaming path), a PDF's text through poppler's pdftotext, the
// number a KPI card shows, and what a dialog shows cut off without a title.
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { Download, Locator, Page } from 'playwright-core';

export interface SheetInfo {
  readonly name: string;
  readonly kind: 'cover' | 'widget' | 'list' | 'note';
  readonly widgetId: string | null;
  readonly rows: number;
  readonly chart: 'native' | 'image' | 'none';
}

/** The sheets the finished export reported (the dialog's done alert carries them). */
export async function reportedSheets(page: Page, testId: string): Promise<SheetInfo[]> {
  return JSON.parse((await page.getByTestId(testId).getAttribute('data-sheet-list')) ?? '[]') as SheetInfo[];
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Every value of a sheet's cells, numbers as numbers, formula results as their result. */
export function cellValues(sheet: ExcelJS.Worksheet): (string | number)[] {
  const out: (string | number)[] = [];
  sheet.eachRow((row) => {
    row.eachCell((cell) => {
      const v = cell.value;
      if (typeof v === 'number' || typeof v === 'string') out.push(v);
      else if (v && typeof v === 'object' && 'result' in v && (typeof v.result === 'number' || typeof v.result === 'string')) out.push(v.result);
      else if (v && typeof v === 'object' && 'richText' in v) out.push(v.richText.map((r) => r.text).join(''));
    });
  });
  return out;
}

/** The number a KPI card shows ("12,345", "1.2万", "5.2%"), as a plain number. */
export function parseShownNumber(text: string): number {
  const compact = text.replace(/[,\s¥]/g, '');
  const m = /(-?\d+(?:\.\d+)?)(万|亿|%)?/.exec(compact);
  if (!m) throw new Error(`no number in "${text}"`);
  const n = Number(m[1]);
  if (m[2] === '万') return n * 1e4;
  if (m[2] === '亿') return n * 1e8;
  if (m[2] === '%') return n / 100;
  return n;
}

/** Decimals the shown number has, to compare the file's exact value at the card's precision. */
export function shownDecimals(text: string): number {
  const m = /\.(\d+)/.exec(text.replace(/,/g, ''));
  return m?.[1]?.length ?? 0;
}

/** pdftotext's reading of a PDF, or null when poppler-utils is not installed. */
export function pdfText(path: string): string | null {
  const r = spawnSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  if (r.error) return null;
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

/** Renders a PDF's first page to `png` (poppler's pdftoppm) for a look; false when poppler-utils is not installed. */
export function pdfFirstPage(path: string, png: string): boolean {
  const r = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path, png.replace(/\.png$/, '')], { encoding: 'utf8' });
  if (r.error) return false;
  if (r.status !== 0) throw new Error(`pdftoppm failed: ${r.stderr}`);
  return true;
}

/** Saves a download under `path` and answers its suggested name. */
export async function keep(download: Download, path: string): Promise<string> {
  await download.saveAs(path);
  return download.suggestedFilename();
}

/** Texts inside `root` that are cut (ellipsis or overflow) and carry no title to read them by. */
export function clippedWithoutTitle(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const out: string[] = [];
    for (const node of Array.from(el.querySelectorAll<HTMLElement>('*'))) {
      if (node.children.length > 0 || !node.textContent?.trim()) continue;
      const cut = node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflow !== 'visible';
      if (cut && !node.closest('[title]')) out.push(node.textContent.trim());
    }
    return out;
  });
}

/**
 * The download `start` triggers, or a failure carrying the dialog's error text as soon as the
 * dialog shows one (rather than waiting out the download's timeout).
 */
export async function downloadOrError(page: Page, start: () => Promise<void>, timeout = 180_000): Promise<Download> {
  const download = page.waitForEvent('download', { timeout });
  await start();
  const alert = page.locator('.ant-modal-container:visible [data-testid="error-alert"]').first();
  const failed = alert.waitFor({ timeout }).then(
    async () => {
      throw new Error(`the export failed: ${await alert.innerText()}`);
    },
    // No error before the timeout: the download's own wait decides.
    () => new Promise<never>(() => undefined),
  );
  return Promise.race([download, failed]);
}
