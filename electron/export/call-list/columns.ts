// The call list's columns and how one mart row becomes one line of cells. Contact columns are
// the workspace's own (contact-fields.ts), headed by the attribute's imported name; the rest
// are fixed, headed in the analyst's language. Cells are codes turned into words, numbers left
// as numbers, and every text cell neutralised against formula injection.
import type { Locale } from '../../../shared/i18n/locales';
import { resources } from '../../../shared/i18n/resources';
import { neutraliseCell, neutraliseText, type CellValue } from '../../../shared/export/neutralise';
import { suggestedAction } from '../../../shared/segments/suggested-action';
import type { CallListLabels } from './labels';

/** How a column's cells are written: text, or a number with its display format. */
export type ColumnKind = 'text' | 'score' | 'percent' | 'currency';

export interface CallListColumn {
  readonly header: string;
  readonly kind: ColumnKind;
}

/** The mart columns a call list reads (member-pages.ts), contact values already pulled out of the JSON. */
export interface MemberRow {
  customer_id: string;
  name: string | null;
  owner: string | null;
  region: string | null;
  city: string | null;
  lifecycle: string | null;
  tier: string | null;
  health_score: number | null;
  churn_probability: number | null;
  reasons: string | null;
  value_tier: string | null;
  value_risk: string | null;
  clv: number | null;
  /** One value per contact attribute, in the order of the contact columns. */
  contacts: (string | number | null)[];
}

const TOP_REASONS = 3;

export function callListColumns(locale: Locale, contactNames: readonly string[]): CallListColumn[] {
  const h = resources[locale]['call-list'].columns;
  const text = (header: string): CallListColumn => ({ header, kind: 'text' });
  return [
    text(h.customerId),
    text(h.name),
    text(h.owner),
    text(h.region),
    text(h.city),
    // An attribute's name is data, like any cell.
    ...contactNames.map((name) => text(neutraliseText(name))),
    text(h.lifecycle),
    text(h.tier),
    { header: h.healthScore, kind: 'score' },
    { header: h.churnProbability, kind: 'percent' },
    text(h.reason1),
    text(h.reason2),
    text(h.reason3),
    text(h.valueTier),
    text(h.valueRisk),
    { header: h.clv, kind: 'currency' },
    text(h.suggestedAction),
  ];
}

/** Stored reasons: [[source, reason type, contribution], …], strongest first (store/scoring/score-json.ts). */
function topReasons(stored: string | null): [string, string][] {
  if (!stored) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    // One damaged row must not cost the whole list: it shows no reasons.
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const out: [string, string][] = [];
  for (const item of parsed as unknown[]) {
    if (Array.isArray(item) && typeof item[0] === 'string' && typeof item[1] === 'string') out.push([item[0], item[1]]);
    if (out.length === TOP_REASONS) break;
  }
  return out;
}

const finite = (v: number | null): number | null => (v === null || !Number.isFinite(v) ? null : v);

/** A phone stored as a JSON number is still a phone: written as text, so no digit is lost to a number format. */
const contactText = (v: string | number | null): string | null => (v === null ? null : String(v));

export function rowCells(row: MemberRow, labels: CallListLabels): CellValue[] {
  const reasons = topReasons(row.reasons);
  const reasonCells = Array.from({ length: TOP_REASONS }, (_, i) => (reasons[i] ? labels.reason(reasons[i][0], reasons[i][1]) : null));
  const cells: CellValue[] = [
    row.customer_id,
    row.name,
    row.owner,
    row.region,
    row.city,
    ...row.contacts.map(contactText),
    labels.value('lifecycle', row.lifecycle),
    labels.value('tier', row.tier),
    finite(row.health_score),
    finite(row.churn_probability),
    ...reasonCells,
    labels.value('value_tier', row.value_tier),
    labels.value('value_risk', row.value_risk),
    finite(row.clv),
    labels.action(suggestedAction(row.value_risk, reasons[0]?.[1] ?? null, row.lifecycle)),
  ];
  return cells.map(neutraliseCell);
}
