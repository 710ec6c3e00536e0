// The desktop app's side of the export dialog, in Chromium with a stand-in for Electron's preload
// bridge (window.churnCockpit): every operation goes to the HTTP host as the real main process
// would forward it to the service, except the two the main process answers itself — the Save
// dialog (export.pickSavePath, answered with a chosen path) and export.printToPdf (recorded).
// Checks: the PDF choice asks where to save with a .pdf name, then closes the dialog BEFORE the
// window is printed (Chromium prints what shows), with the title, data date and paper; the
// result is said in a message. A cancelled Save dialog runs nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { findChrome } from './browser';
import { refreshWorkspace, startAppSession, type AppSession } from './app-session';

const chrome = findChrome();

interface BridgeCall {
  readonly name: string;
  readonly input: Record<string, unknown>;
  /** Dialogs on screen when the call was made (their classes). */
  readonly dialogs: string[];
}

/** Installed before the app's scripts: the bridge the preload would expose. */
function installBridge(): void {
  const token = new URL(window.location.href).searchParams.get('token') ?? '';
  const calls: BridgeCall[] = [];
  const w = window as unknown as { __bridgeCalls: BridgeCall[]; __pickAnswer: string | null; churnCockpit: unknown };
  w.__bridgeCalls = calls;
  w.__pickAnswer = '/tmp/desktop-exports/';
  const visibleDialogs = () =>
    Array.from(document.querySelectorAll<HTMLElement>('[role="dialog"]'))
      .filter((d) => d.getClientRects().length > 0 && getComputedStyle(d).visibility !== 'hidden' && Number(getComputedStyle(d).opacity) > 0)
      .map((d) => `${d.className} ${d.textContent?.slice(0, 40) ?? ''}`);
  w.churnCockpit = {
    async invoke(name: string, input: Record<string, unknown>) {
      calls.push({ name, input, dialogs: visibleDialogs() });
      if (name === 'export.pickSavePath') return { ok: true, result: { path: w.__pickAnswer === null ? null : `${w.__pickAnswer}${String(input.suggestedName)}` } };
      if (name === 'export.printToPdf') return { ok: true, result: { path: input.path, bytes: 4096 } };
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as unknown;
    },
    on: () => () => undefined,
  };
}

describe.skipIf(!chrome)('exports in the desktop app (bridge stand-in)', () => {
  let session: AppSession;
  let page: Page;
  const calls = () =>
    page.evaluate(() => (window as unknown as { __bridgeCalls: BridgeCall[] }).__bridgeCalls.filter((c) => c.name.startsWith('export.') || c.name === 'dashboard.export'));

  beforeAll(async () => {
    session = await startAppSession({ chrome: chrome ?? '', prefix: 'exports-desktop-e2e', locale: 'zh-CN', prepare: refreshWorkspace });
    page = session.page;
    await page.addInitScript(installBridge);
    await page.goto(`${session.served.url}#/dashboard`);
    await page.getByTestId('frame-kpi_active').waitFor({ timeout: 60_000 });
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  it('a cancelled Save dialog runs nothing; PDF closes the dialog, then prints the window', async () => {
    const asOf = (await page.getByTestId('dashboard-as-of').getAttribute('data-value')) ?? '';
    await page.getByTestId('dashboard-export').click();
    await page.getByTestId('dashboard-export-pdf').click();
    await page.getByTestId('export-dashboard-ok').waitFor();
    // The desktop PDF prints the window: no cover, so no logo to pick.
    expect(await page.getByTestId('export-dashboard-logo').count()).toBe(0);
    await page.getByTestId('export-dashboard-page-size').getByText('A3').click();

    await page.evaluate(() => ((window as unknown as { __pickAnswer: string | null }).__pickAnswer = null));
    await page.getByTestId('export-dashboard-ok').click();
    await expect.poll(async () => (await calls()).map((c) => c.name)).toEqual(['export.pickSavePath']);
    await page.waitForTimeout(500);
    expect((await calls()).map((c) => c.name)).toEqual(['export.pickSavePath']);
    expect(await page.getByTestId('export-dashboard-ok').isVisible()).toBe(true);

    await page.evaluate(() => ((window as unknown as { __pickAnswer: string | null }).__pickAnswer = '/tmp/desktop-exports/'));
    await page.getByTestId('export-dashboard-ok').click();
    await expect.poll(async () => (await calls()).map((c) => c.name), { timeout: 10_000 }).toEqual(['export.pickSavePath', 'export.pickSavePath', 'export.printToPdf']);
    const [, pick, print] = await calls();
    expect(pick?.input.format).toBe('pdf');
    expect(String(pick?.input.suggestedName)).toMatch(/^流失预警驾驶舱_\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(print?.input).toEqual({ path: `/tmp/desktop-exports/${String(pick?.input.suggestedName)}`, title: '流失预警驾驶舱', dataDate: asOf, pageSize: 'A3' });
    // Printed with no dialog on screen, and no export job was run.
    expect(print?.dialogs).toEqual([]);
    expect((await calls()).some((c) => c.name === 'dashboard.export')).toBe(false);
    await expect.poll(() => page.locator('.ant-message').innerText(), { timeout: 5_000 }).toContain(String(pick?.input.suggestedName));
  }, 120_000);
});
