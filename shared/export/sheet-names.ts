// Worksheet names Excel accepts, from titles an analyst typed. Excel refuses a name longer than
// 31 characters (counted in UTF-16 units, as it stores them), one holding [ ] : * ? / \, one
// starting or ending with an apostrophe, the reserved name "History", and a second sheet whose
// name differs only in case: such a workbook does not open, or opens "repaired" with sheets
// renamed. Pure, so the PDF's bookmarks and the CLI's --json can name sheets the same way.
import { cutText } from './neutralise';

export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;
// Control characters are not printable in a tab and some readers refuse them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;
const RESERVED = 'history';

function trimQuotes(name: string): string {
  return name.replace(/^['\s]+/, '').replace(/['\s]+$/, '');
}

/** A name Excel accepts (not yet unique): forbidden characters become "_", cut to 31 units. */
export function sanitiseSheetName(title: string, fallback = 'Sheet'): string {
  const cleaned = trimQuotes(title.replace(CONTROL, ' ').replace(FORBIDDEN, '_'));
  const cut = trimQuotes(cutText(cleaned, SHEET_NAME_MAX));
  return cut.length > 0 ? cut : fallback;
}

/** Excel compares sheet names without regard to case. */
function key(name: string): string {
  return name.toUpperCase().toLowerCase();
}

export interface SheetNamer {
  /** A sanitised name no earlier sheet has (case-insensitively): "流失趋势", then "流失趋势 (2)"… */
  take(title: string): string;
  /** Names taken so far, in order. */
  readonly names: readonly string[];
}

export function sheetNamer(fallback = 'Sheet'): SheetNamer {
  const taken = new Set<string>([RESERVED]);
  const names: string[] = [];
  return {
    names,
    take(title) {
      const base = sanitiseSheetName(title, fallback);
      let name = base;
      for (let n = 2; taken.has(key(name)); n += 1) {
        const suffix = ` (${n})`;
        name = `${trimQuotes(cutText(base, SHEET_NAME_MAX - suffix.length))}${suffix}`;
      }
      taken.add(key(name));
      names.push(name);
      return name;
    },
  };
}

/** A sheet name inside a formula or chart reference: always quoted, an apostrophe doubled. */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
