// The high-risk list by owner as an ExportDocument for the workbook writer
// (electron/export/workbook): a cover saying what the list holds (the filter in words, the data
// date, counts), then one list section per owner — who works the warning: its assignee, else the
// customer's owner; nobody's under the 'warning-words' noOwner title — streamed from the store
// page by page. Sheet names, formula neutralisation, number formats, the frozen header, the
// auto-filter and column widths are the writer's, as for every other export.
import { basename } from 'node:path';
import type { WarningFilter, WarningRow } from '../../../shared/contract/domains/warnings';
import type { Cell } from '../../../shared/dashboards/widget-data';
import type { ExportColumn, ExportDocument, ExportKpi, ExportSection, ExportTable } from '../../../shared/export/document';
import { formatInteger } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locales';
import { resources } from '../../../shared/i18n/resources';
import type { Db } from '../../store/database';
import { martState } from '../../store/analytics/mart-state';
import { ruleRows } from '../../store/warnings/rule-rows';
import { workerGroups, workerPage } from '../../store/warnings/list';
import { cancelled } from '../../export/workbook/context';
import { localStamp } from '../exports/build-document';
import { exportWords } from '../exports/export-words';
import { translator } from '../exports/translate';
import { warningRowWords, type WarningRowWords } from './row-words';

const PAGE_ROWS = 5000;

export interface OwnerSection {
  readonly owner: string | null;
  readonly rows: number;
  readonly section: ExportSection;
}

function columns(locale: Locale): ExportColumn[] {
  const h = resources[locale]['warning-words'].export.columns;
  return [
    { key: 'customerId', label: h.customerId, format: 'text' },
    { key: 'name', label: h.name, format: 'text' },
    { key: 'rule', label: h.rule, format: 'text' },
    { key: 'severity', label: h.severity, format: 'text' },
    { key: 'state', label: h.state, format: 'text' },
    { key: 'firedOn', label: h.firedOn, format: 'date' },
    { key: 'healthScore', label: h.healthScore, format: 'score' },
    { key: 'tier', label: h.tier, format: 'text' },
    { key: 'churnProbability', label: h.churnProbability, format: 'probability' },
    { key: 'clv', label: h.clv, format: 'currency' },
    { key: 'topReason', label: h.topReason, format: 'text' },
    { key: 'assignee', label: h.assignee, format: 'text' },
    { key: 'note', label: h.note, format: 'text' },
  ];
}

function cells(row: WarningRow, words: WarningRowWords): Cell[] {
  return [
    row.customerId,
    row.customerName,
    words.rule(row),
    words.severity(row.severity),
    words.state(row.state),
    row.firedOn,
    row.healthScore,
    words.tier(row.tier),
    row.churnProbability,
    row.clv,
    words.reason(row.topReason),
    row.assignee,
    row.note === '' ? null : row.note,
  ];
}

function ownerTable(db: Db, filter: WarningFilter, owner: string | null, rowCount: number, locale: Locale, signal?: AbortSignal): ExportTable {
  const words = warningRowWords(locale);
  return {
    columns: columns(locale),
    rowCount,
    truncated: false,
    async *pages() {
      for (let offset = 0; offset < rowCount; offset += PAGE_ROWS) {
        // The writer's own refusal: CANCELLED, and it removes the temporary file.
        if (signal?.aborted) throw cancelled();
        const page = workerPage(db, filter, owner, offset, PAGE_ROWS);
        if (page.length === 0) return;
        yield await Promise.resolve(page.map((row) => cells(row, words)));
      }
    },
  };
}

/** The filter in words for the cover: only what narrows the list. */
function filterWords(db: Db, filter: WarningFilter, locale: Locale): { label: string; value: string }[] {
  const w = resources[locale]['warning-words'];
  const f = w.export.filters;
  const join = (values: readonly string[]) => values.join(w.export.listSeparator);
  const out: { label: string; value: string }[] = [];
  out.push({ label: f.states, value: join((filter.states?.length ? filter.states : (['open', 'acknowledged'] as const)).map((s) => w.state[s])) });
  if (filter.severities?.length) out.push({ label: f.severities, value: join(filter.severities.map((s) => w.severity[s])) });
  if (filter.ruleIds?.length) {
    const rules = new Map(ruleRows(db).map((r) => [r.id, r.name ?? (r.builtin ? w.builtin[r.builtin as keyof typeof w.builtin].name : `#${r.id}`)]));
    out.push({ label: f.rules, value: join(filter.ruleIds.map((id) => rules.get(id) ?? `#${id}`)) });
  }
  if (filter.owners?.length) out.push({ label: f.owners, value: join(filter.owners.map((o) => (o === '' ? w.export.noOwner : o))) });
  if (filter.segmentId !== undefined) {
    const name = db.prepare('SELECT name FROM segments WHERE id = ?').pluck().get(filter.segmentId) as string | undefined;
    out.push({ label: f.segment, value: name ?? `#${filter.segmentId}` });
  }
  if (filter.customerId !== undefined) out.push({ label: f.customer, value: filter.customerId });
  if (filter.onlyNew) out.push({ label: f.onlyNew, value: f.onlyNewValue });
  if (filter.search?.trim()) out.push({ label: f.search, value: filter.search.trim() });
  return out;
}

function countKpi(id: string, title: string, value: number, periodText: string): ExportKpi {
  return {
    widgetId: id,
    title,
    value,
    format: 'count',
    valueText: formatInteger(value),
    status: null,
    thresholds: null,
    periodText,
    comparisonText: null,
    changeIsGood: null,
    sparkline: null,
  };
}

export function buildWarningDocument(
  db: Db,
  input: { readonly filter: WarningFilter; readonly language: Locale; readonly workspacePath: string; readonly signal?: AbortSignal },
  now: Date,
): { doc: ExportDocument; owners: OwnerSection[] } {
  const { filter, language: locale } = input;
  const w = resources[locale]['warning-words'].export;
  const t = translator(locale);
  const groups = workerGroups(db, filter);
  const owners = groups.map((g): OwnerSection => ({
    owner: g.owner,
    rows: g.rows,
    section: {
      widgetId: null,
      title: g.owner ?? w.noOwner,
      kind: 'list',
      table: ownerTable(db, filter, g.owner, g.rows, locale, input.signal),
      chart: null,
      rules: [],
      notes: [],
      layout: null,
    },
  }));
  const asOf = martState(db)?.asOf ?? null;
  const total = groups.reduce((n, g) => n + g.rows, 0);
  const whereHigh = { ...filter, severities: (filter.severities ?? ['high', 'medium', 'low']).filter((s) => s === 'high') };
  const high = whereHigh.severities.length === 0 ? 0 : workerGroups(db, whereHigh).reduce((n, g) => n + g.rows, 0);
  const period = asOf ?? '—';
  const doc: ExportDocument = {
    kind: 'warningList',
    locale,
    title: w.title,
    subtitle: null,
    workspace: basename(input.workspacePath),
    dataDate: asOf,
    generatedAt: localStamp(now),
    filters: filterWords(db, filter, locale),
    logo: null,
    kpis: [countKpi('warnings', w.kpis.warnings, total, period), countKpi('high', w.kpis.high, high, period), countKpi('owners', w.kpis.owners, groups.length, period)],
    sections: owners.map((o) => o.section),
    texts: [],
    words: exportWords(t),
  };
  return { doc, owners };
}
