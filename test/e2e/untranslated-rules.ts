// What the zh-CN walk (zh-untranslated.test.ts) counts as untranslated English: the terms that
// stay as they are, the columns whose values are codes, and the patterns of a raw code.
import type Database from 'better-sqlite3';
import { baseCatalog } from '../../shared/catalog';
import { mappingFieldNames } from '../../shared/domain/canonical-tables';
import { codeFamilies, displayCodes } from '../../shared/domain/display-codes';

/** Product names, units and notations that stay as they are in Chinese. */
export const ALLOWED_TERMS = [
  'Churn Cockpit',
  'P(alive)',
  'BG/NBD',
  'Gamma-Gamma',
  'PR-AUC',
  'Fader, Hardie & Lee',
  'CLV',
  'RFM',
  'AUC',
  'NPS',
  'CSAT',
  'ROC',
  'Brier',
  'Excel',
  'CSV',
  'UTF-8',
  'yyyy-mm-dd',
  'Ctrl',
  'Cmd',
  'Alt',
  'Enter',
  'English',
  'PDCA',
  'VIP',
  // File formats, encodings and databases the Data page names.
  'TSV',
  'TXT',
  'ODS',
  'SQLite',
  'MySQL',
  'PostgreSQL',
  'SQL',
  'GB18030',
  'GBK',
  'Big5',
  'UTF-16',
  'xlsx',
  'xlsm',
  'xlsb',
  'xls',
  // The mapping editor names each canonical field's stored column beside its label, on purpose:
  // it is the name SQL and exports use.
  ...mappingFieldNames.map((name) => `(${name})`),
];

/**
 * Labels third-party components write themselves with no prop to change them (rc-component's
 * InputNumber steppers). Reported, not failed: the app cannot translate them short of patching
 * the library.
 */
export const LIBRARY_LABELS = new Set(['aria-label=Increase Value', 'aria-label=Decrease Value']);

/** Columns whose values are codes the UI must translate (so they are not "data as imported"). */
const CODE_COLUMNS = new Set([
  'customers.status',
  'orders.status',
  'surveys.kind',
  'actions.grp',
  'activities.kind',
  'tickets.kind',
  'tickets.severity',
  'market_signals.kind',
  'actions.kind',
  'actions.outcome',
]);

const TWO_WORDS = /[A-Za-z]{3,}[\s,;:\-–—/&'’()]+[A-Za-z]{3,}/;
const CAMEL = /\b[a-z]+[A-Z][A-Za-z]*\b/;
const SNAKE = /\b[A-Za-z]+_[A-Za-z_]+\b/;
// Catalog enums and every code the UI labels (shared/domain/display-codes): shown raw, they are untranslated.
const ENUM_CODES = new Set(
  [...baseCatalog.fields.flatMap((f) => f.values ?? []), ...codeFamilies.flatMap((family) => [...displayCodes[family]])].filter((c) => /^[a-z]+$/.test(c) && c.length >= 3),
);
/** A number with a one-letter English unit ("90d", "12h"): a code, not Chinese. */
const UNIT_CODE = /\b\d+[dhwmy]\b/;
const WORD = /\b[A-Za-z]{3,}\b/g;

export function dataValues(db: Database.Database): string[] {
  const values = new Set<string>();
  // The imported data and the records of imports (file names, raw tables); not settings,
  // configurations or model runs, whose texts the UI owns.
  const raw = db.prepare('SELECT raw_table FROM import_tables').pluck().all() as string[];
  const tables = ['customers', 'orders', 'activities', 'tickets', 'surveys', 'market_signals', 'campaigns', 'actions', 'imports', 'import_tables', 'import_rejects', ...raw];
  for (const table of tables) {
    const columns = db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as { name: string; type: string }[];
    for (const c of columns) {
      if (CODE_COLUMNS.has(`${table}.${c.name}`) || !/TEXT|^$/i.test(c.type)) continue;
      const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
      const rows = db
        .prepare(`SELECT DISTINCT ${q(c.name)} FROM ${q(table)} WHERE ${q(c.name)} GLOB '*[A-Za-z][A-Za-z][A-Za-z]*' LIMIT 20000`)
        .pluck()
        .all();
      for (const v of rows) {
        if (typeof v !== 'string') continue;
        values.add(v.trim());
        // Imported attributes show under their own names, with their own values.
        if (c.name === 'attributes' && v.startsWith('{')) {
          for (const [k, x] of Object.entries(JSON.parse(v) as Record<string, unknown>)) {
            values.add(k);
            if (typeof x === 'string') values.add(x);
          }
        }
      }
    }
  }
  // A value that is also a catalog code (churned, active …) would hide that code shown raw.
  return [...values].filter((v) => v.length >= 3 && !ENUM_CODES.has(v));
}

export function offence(line: string, allowed: readonly string[]): string | null {
  // File paths (where an import came from) are data as well.
  let cleaned = line.replace(/^(title|aria-label|placeholder)=/, '').replace(/(?:[A-Za-z]:)?(?:[/\\][^\s/\\]+)+/g, ' ◻ ');
  for (const a of allowed) if (cleaned.includes(a)) cleaned = cleaned.split(a).join(' ◻ ');
  if (TWO_WORDS.test(cleaned)) return `English words: ${TWO_WORDS.exec(cleaned)?.[0]}`;
  if (CAMEL.test(cleaned)) return `code: ${CAMEL.exec(cleaned)?.[0]}`;
  if (SNAKE.test(cleaned)) return `code: ${SNAKE.exec(cleaned)?.[0]}`;
  if (UNIT_CODE.test(cleaned)) return `unit code: ${UNIT_CODE.exec(cleaned)?.[0]}`;
  const code = (cleaned.match(WORD) ?? []).find((w) => ENUM_CODES.has(w));
  return code ? `enum code: ${code}` : null;
}
