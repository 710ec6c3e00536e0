// At 1366×768, in English and Chinese, no header or cell is cut without a way to read the rest:
// on every page, every element that clips its text (scrollWidth > clientWidth with overflow
// hidden or an ellipsis) must carry a title (itself or an ancestor), as AG Grid's browser
// tooltips and antd's ellipsis do. "Churn pro…", "Linear betw…" and the Models table's
// "Trained at" were cut with nothing to hover. Screenshots of every page in both languages go
// to test-output/screenshots/layout-<page>-<lang>.png for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../support/cli';
import { findChrome } from './browser';
import { refreshAndTrain, startAppSession, type AppSession } from './app-session';

const chrome = findChrome();
const DIR = join(REPO_ROOT, 'test-output', 'screenshots');

/**
 * Texts on the page now that their box cuts (a text node's extent beyond the nearest ancestor
 * that clips: overflow hidden, an ellipsis, a fixed height) with no title on the way up.
 * Scrolling areas (the grid's body, a table's scroll box) are not cuts: their text is scrolled.
 */
function cutWithoutTooltip(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('svg, canvas, [aria-hidden="true"], .ag-hidden, .ant-select-dropdown, .ant-tooltip, .ant-popover, style, script')) continue;
      range.selectNodeContents(node);
      const t = range.getBoundingClientRect();
      if (t.width === 0 || t.height === 0) continue;
      let clip: HTMLElement | null = null;
      for (let el: HTMLElement | null = parent; el && el !== document.body; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowY === 'auto' || style.overflowY === 'scroll') break;
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.textOverflow === 'ellipsis') {
          clip = el;
          break;
        }
      }
      if (!clip || /viewport|ag-center-cols|ag-body|ag-header-viewport|ag-header-container|ant-layout|ant-table-container|ant-card-body/.test(String(clip.className))) continue;
      const c = clip.getBoundingClientRect();
      const cut = t.right > c.right + 1 || t.left < c.left - 1 || t.bottom > c.bottom + 2 || t.top < c.top - 2;
      // Headers wrap and the health method selects fit (they were "Churn pro…", "Linear betw…"): cut even with a title.
      const strict = parent.closest('.ag-header-cell, th.ant-table-cell, [data-testid$="-method"], [data-testid$="-direction"]');
      if (!cut || (parent.closest('[title]') && !strict)) continue;
      out.push(`${clip.tagName.toLowerCase()}.${String(clip.className).split(' ').slice(0, 2).join('.')}: ${text.slice(0, 40)}`);
    }
    return [...new Set(out)];
  });
}

describe.skipIf(!chrome)('nothing is cut at 1366×768 without a tooltip', () => {
  let session: AppSession;

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    session = await startAppSession({
      chrome: chrome ?? '',
      prefix: 'churn-e2e-layout-',
      locale: 'en-US',
      prepare: refreshAndTrain,
    });
  }, 300_000);

  afterAll(async () => {
    await session?.close();
  });

  for (const [tag, locale] of [
    ['en', 'en-US'],
    ['zh', 'zh-CN'],
  ] as const) {
    it(`fits or titles every header and cell in ${tag}`, async () => {
      const context = await session.browser.newContext({ viewport: { width: 1366, height: 768 }, locale });
      const page = await context.newPage();
      const goto = (hash: string) => page.goto(`${session.served.url}${hash}`);
      const atRisk = session.db.prepare(`SELECT customer_id FROM customer_mart WHERE tier = 'atRisk' ORDER BY churn_probability DESC LIMIT 1`).pluck().get() as string;
      const cut: string[] = [];
      const pages: [string, string, string][] = [
        ['dashboard', '#/dashboard', 'kpi-value-kpi_at_risk'],
        ['customers', '#/customers', 'customers-grid'],
        ['customer360', `#/customer/${encodeURIComponent(atRisk)}`, 'c360-timeline'],
        ['health', '#/health', 'health-histogram'],
        ['models', '#/models', 'model-detail'],
        ['data', '#/data', 'data-page'],
      ];
      for (const [name, hash, ready] of pages) {
        await goto(hash);
        await page.getByTestId(ready).waitFor({ timeout: 60_000 });
        if (name === 'customers') await page.locator('.ag-row[row-index="0"] [col-id="lifecycle"] [data-lifecycle]').waitFor({ timeout: 30_000 });
        await page.waitForTimeout(800);
        await page.screenshot({ path: join(DIR, `layout-${name}-${tag}.png`) });
        for (const c of await cutWithoutTooltip(page)) cut.push(`[${name}] ${c}`);
        // A table wider than the page hides its last columns behind a scroll bar ("Trained at").
        for (const w of await page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>('.ant-table-content, .ant-table-body'))
            .filter((el) => el.scrollWidth > el.clientWidth + 1)
            .map((el) => `table ${el.closest('[data-testid]')?.getAttribute('data-testid') ?? '?'} scrolls: ${el.scrollWidth} > ${el.clientWidth}`),
        ))
          cut.push(`[${name}] ${w}`);
        if (name === 'customers') {
          // Columns right of the viewport are rendered only when scrolled to.
          const viewport = page.locator('.ag-body-horizontal-scroll-viewport').first();
          for (let x = 600; x < 4000; x += 600) {
            await viewport.evaluate((el, left) => {
              el.scrollLeft = left;
              el.dispatchEvent(new Event('scroll'));
            }, x);
            await page.waitForTimeout(200);
            for (const c of await cutWithoutTooltip(page)) cut.push(`[customers →${x}] ${c}`);
          }
        }
      }
      await context.close();
      const unique = [...new Set(cut)];
      if (unique.length > 0) console.log(`cut without a tooltip (${tag}):\n  ${unique.join('\n  ')}`);
      expect(unique).toEqual([]);
    }, 240_000);
  }
});
