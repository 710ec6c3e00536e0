// The dashboard widgets in headless Chromium, drawn from the fixtures by the test-only harness
// (test/harness/widgets): every template widget renders with its test ids and numbers, in both
// languages and on the dark large screen, without console errors or raw i18n keys; clicks,
// Ctrl-clicks, double-clicks, Enter and Space on bars, cells and rows report the raw value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { templateSpec } from '../../shared/dashboards/templates';
import type { WidgetSelection } from '../../renderer/features/dashboards/widgets/widget-props';
import { fixtureWidgetData } from '../fixtures/dashboards/widget-data';
import { startWidgetsHarness, type WidgetsHarness } from '../harness/widgets/build-harness';
import { findChrome, launchChrome } from './browser';

const chrome = findChrome();

interface HarnessWindow {
  harnessEcharts: { getInstanceByDom: (el: Element) => { convertToPixel: (finder: { seriesIndex: number }, value: [number, number]) => [number, number] } | undefined };
}

describe.skipIf(!chrome)('dashboard widgets in Chromium', () => {
  let browser: Browser;
  let harness: WidgetsHarness;
  const errors: string[] = [];

  beforeAll(async () => {
    harness = await startWidgetsHarness();
    browser = await launchChrome(chrome ?? '');
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  async function open(query: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
    await page.goto(`${harness.url}?${query}`);
    await page.getByTestId('widget-chart_trend').or(page.getByTestId('widget-chart_trend_combo')).first().waitFor();
    return page;
  }

  const lastSelection = async (page: Page): Promise<WidgetSelection> => JSON.parse((await page.getByTestId('last-selection').textContent()) ?? 'null') as WidgetSelection;

  /** The pixel of a bar's top (category i, value v) inside a chart, through its ECharts instance. */
  async function barPixel(page: Page, widgetId: string, i: number, value: number): Promise<{ x: number; y: number }> {
    const chart = page.getByTestId(`chart-${widgetId}`);
    const box = await chart.boundingBox();
    const [x, y] = await chart.evaluate(
      (el, args) => {
        const instance = (window as unknown as HarnessWindow).harnessEcharts.getInstanceByDom(el);
        return instance ? instance.convertToPixel({ seriesIndex: 0 }, [args.i, args.value]) : [0, 0];
      },
      { i, value },
    );
    return { x: (box?.x ?? 0) + x, y: (box?.y ?? 0) + y + 6 };
  }

  it.each([
    ['cockpit', 'en'],
    ['monthly', 'zh-CN'],
    ['cockpit', 'zh-CN&dark=1&large=1'],
  ] as const)('draws every widget of %s (%s) with its test ids and numbers', async (template, lang) => {
    const page = await open(`template=${template}&lang=${lang}`, lang.includes('large') ? { width: 1920, height: 1080 } : undefined);
    for (const widget of templateSpec(template).widgets) {
      await expect(page.getByTestId(`widget-${widget.id}`).count()).resolves.toBe(1);
      const data = fixtureWidgetData(widget);
      if (widget.kind === 'kpi') await expect(page.getByTestId(`kpi-value-${widget.id}`).getAttribute('data-value')).resolves.toBe(String(data.kpi?.value));
      if (widget.kind === 'chart') await expect(page.getByTestId(`chart-${widget.id}`).locator('canvas').count()).resolves.toBeGreaterThan(0);
      if (widget.kind === 'table') await expect(page.locator(`[data-testid^="table-row-${widget.id}-"]`).count()).resolves.toBe(data.rows.length);
    }
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).not.toMatch(/dashboard-widgets:|\bkpi\.|\btable\.|problems\.|catalog:/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports clicks, Ctrl-clicks and double-clicks on bars with the raw value', async () => {
    const page = await open('template=cockpit&lang=zh-CN');
    const widget = templateSpec('cockpit').widgets.find((w) => w.id === 'chart_region');
    if (!widget) throw new Error('template changed');
    const data = fixtureWidgetData(widget);
    const [first, second] = data.rows;
    const p0 = await barPixel(page, 'chart_region', 0, Number(first?.[1]));
    await page.mouse.click(p0.x, p0.y);
    expect(await lastSelection(page)).toEqual({ widgetId: 'chart_region', field: 'region', value: first?.[0], additive: false, gesture: 'click' });
    const p1 = await barPixel(page, 'chart_region', 1, Number(second?.[1]));
    await page.keyboard.down('Control');
    await page.mouse.click(p1.x, p1.y);
    await page.keyboard.up('Control');
    expect(await lastSelection(page)).toMatchObject({ value: second?.[0], additive: true, gesture: 'click' });
    await page.mouse.dblclick(p0.x, p0.y);
    expect(await lastSelection(page)).toMatchObject({ value: first?.[0], gesture: 'drill' });
    await page.close();
  });

  it('selects, drills and opens customers from list rows with mouse and keyboard', async () => {
    const page = await open('template=cockpit&lang=en');
    const widget = templateSpec('cockpit').widgets.find((w) => w.id === 'table_high_risk');
    if (!widget) throw new Error('template changed');
    const rows = fixtureWidgetData(widget).rows;
    await page.getByTestId('table-row-table_high_risk-2').click();
    expect(await lastSelection(page)).toEqual({ widgetId: 'table_high_risk', field: 'owner', value: rows[2]?.[0], additive: false, gesture: 'click' });
    await page.getByTestId('table-row-table_high_risk-5').focus();
    await page.keyboard.press('Enter');
    expect(await lastSelection(page)).toMatchObject({ value: rows[5]?.[0], gesture: 'drill' });
    await page.keyboard.press('Space');
    expect(await lastSelection(page)).toMatchObject({ value: rows[5]?.[0], gesture: 'click' });
    await page.getByTestId('table-customer-table_high_risk-1').click();
    expect(await lastSelection(page)).toMatchObject({ widgetId: 'open', value: rows[1]?.[1] });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the empty and error states in words', async () => {
    const empty = await open('template=cockpit&lang=zh-CN&state=empty');
    await expect(empty.getByTestId('widget-empty-chart_trend').textContent()).resolves.toContain('刷新评分');
    await empty.close();
    const failed = await open('template=cockpit&lang=en&state=error');
    await expect(failed.getByTestId('widget-error-chart_trend').textContent()).resolves.toContain('Unknown field: region');
    await failed.close();
  });
});
