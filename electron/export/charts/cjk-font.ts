// The CJK font every export draws with (build/fonts/make-cjk-subset.py: Noto Sans CJK SC cut to
// GB 2312 and the app's words, SIL OFL 1.1): charts rasterised without a browser and the PDFs'
// embedded font, so a chart's Chinese looks the same on a machine without Chinese fonts. Found by
// walking up from this module: the sources (electron/export/charts), the bundles (dist/electron)
// and the packaged app (electron-builder's files include assets/fonts) all sit below the folder
// holding assets/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CJK_FONT_FILE = 'NotoSansSC-Regular-subset.otf';
/** The family name inside the font file: what SVG text and the PDF ask for. */
export const CJK_FONT_FAMILY = 'Noto Sans CJK SC';
/** Font families of exported charts: single-quoted, since an SVG style attribute is double-quoted. */
export const EXPORT_FONT_FAMILY = `'${CJK_FONT_FAMILY}', 'PingFang SC', 'Microsoft YaHei', sans-serif`;

let found: string | null = null;

export function cjkFontPath(): string {
  if (found !== null) return found;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 8; depth += 1) {
    const candidate = join(folder, 'assets', 'fonts', CJK_FONT_FILE);
    if (existsSync(candidate)) return (found = candidate);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  throw new Error(`${CJK_FONT_FILE}: the bundled CJK font is missing (expected in assets/fonts above ${fileURLToPath(import.meta.url)})`);
}
