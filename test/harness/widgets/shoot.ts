// Dev harness (never shipped): builds main.tsx with vite into a temp folder and screenshots it
// in headless Chromium for each query given. Run: npx tsx test/harness/widgets/shoot.ts OUT_DIR 'lang=en' 'lang=zh-CN&dark=1&large=1'
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startWidgetsHarness } from './build-harness';

const [outDir = '/tmp/widgets-shots', ...queries] = process.argv.slice(2);
const harness = await startWidgetsHarness();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const query of queries.length > 0 ? queries : ['lang=en']) {
  const large = query.includes('large=1');
  const page = await browser.newPage({ viewport: large ? { width: 1920, height: 1080 } : { width: 1366, height: 768 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
  await page.goto(`${harness.url}?${query}`);
  await page.waitForTimeout(1500);
  const file = join(outDir, `${query.replace(/[^a-zA-Z0-9-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file, errors.length > 0 ? `ERRORS: ${errors.join(' | ')}` : 'no errors');
  await page.close();
}
await browser.close();
await harness.close();
