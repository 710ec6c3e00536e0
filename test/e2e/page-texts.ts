// What a reader of the page sees now, for the untranslated-English checks: the visible lines and
// the texts of title / aria-label / placeholder attributes.
import type { Page } from 'playwright-core';

export function collectTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out = document.body.innerText
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const el of Array.from(document.querySelectorAll('[title], [aria-label], [placeholder]'))) {
      // antd names each icon glyph (aria-label="question-circle") on a decorative <span role="img">.
      if (el.matches('.anticon[role="img"]')) continue;
      for (const attr of ['title', 'aria-label', 'placeholder']) {
        const v = el.getAttribute(attr);
        if (v && v.trim()) out.push(`${attr}=${v.trim()}`);
      }
    }
    return out;
  });
}
