// The monthly report's sections that are not dashboard widgets: churn by saved segment (each
// segment's customer measures under saved_segment = it, as a segment filter on any dashboard
// counts), the health score by component (overall with a chart, and by tier), and the campaigns'
// effect (a note until campaigns exist). Each is an ExportSection the writers lay out like any other.
import type { ChartWidget, TableWidget } from '../../../shared/dashboards/widget';
import type { Cell, DataColumn, WidgetData } from '../../../shared/dashboards/widget-data';
import { tableOfRows, type ExportColumn, type ExportSection } from '../../../shared/export/document';
import { computeCampaignEffect } from '../../store/campaigns/effect';
import { healthComponents } from '../../store/reports/health-components';
import { chartSectionParts } from './chart-section';
import { evaluateUnder, type ExportEnv } from './export-env';
import { exportProblemText } from './widget-words';

const SEGMENT_MEASURES = ['customers', 'churned_customers', 'at_risk_customers', 'clv_at_risk'] as const;

export function savedSegmentSection(env: ExportEnv, title: string): ExportSection | null {
  const hasTable = env.db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'segments'").get() !== undefined;
  const segments = hasTable ? (env.db.prepare('SELECT id, name FROM segments ORDER BY name').all() as { id: number; name: string }[]) : [];
  if (segments.length === 0) return null;
  const widget: TableWidget = {
    id: 'report_saved_segment',
    kind: 'table',
    source: 'customer',
    mode: 'aggregate',
    fields: [],
    dimensions: [],
    measures: [...SEGMENT_MEASURES],
    sort: [],
    limit: 1,
    rules: [],
    emitsLinkage: false,
    receivesFilters: true,
  };
  const rows: Cell[][] = [];
  const notes: string[] = [];
  for (const segment of segments) {
    env.signal?.throwIfAborted();
    const filters = { global: [{ kind: 'condition' as const, field: 'saved_segment', op: 'in' as const, values: [segment.id] }], linkage: [], drill: {} };
    const [data] = evaluateUnder(env, [widget], filters);
    if (!data || data.status === 'error') {
      notes.push(`${segment.name}: ${exportProblemText(data?.problem, env.t)}`);
      continue;
    }
    rows.push([segment.name, ...SEGMENT_MEASURES.map((m) => data.rows[0]?.[data.columns.findIndex((c) => c.key === m)] ?? null)]);
  }
  const columns: ExportColumn[] = [
    { key: 'saved_segment', label: env.labels.field('saved_segment'), format: 'text' },
    ...SEGMENT_MEASURES.map((m) => ({ key: m, label: env.labels.measure(m), format: m === 'clv_at_risk' ? ('currency' as const) : ('count' as const) })),
  ];
  return { widgetId: widget.id, title, kind: 'widget', table: tableOfRows(columns, rows), chart: null, rules: [], notes, layout: null };
}

const column = (key: string, rawLabel: string, kind: DataColumn['kind'], format: DataColumn['format']): DataColumn => ({ key, kind, format, rawLabel });

export function healthSections(env: ExportEnv, titles: { overall: string; byTier: string }): ExportSection[] {
  const rows = healthComponents(env.db);
  const w = (key: string) => env.t('exports', `report.columns.${key}`);
  const group = (id: string) => env.t('scoring', `health.groupNames.${id}`, {}, id);
  const overall = rows.filter((r) => r.tier === null);
  // The overall means drawn as the screen draws a bar chart, with Excel's own chart bound to the table.
  const data: WidgetData = {
    widgetId: 'report_health',
    status: overall.length > 0 ? 'ok' : 'empty',
    columns: [column('group', w('group'), 'dimension', 'text'), column('score', w('score'), 'measure', 'score'), column('weight', w('weight'), 'measure', 'number')],
    rows: overall.map((r) => [group(r.group), r.score, r.weight]),
    truncated: false,
    applied: [],
    notApplied: [],
    elapsedMs: 0,
  };
  const chart: ChartWidget = {
    id: 'report_health',
    kind: 'chart',
    chart: 'bar',
    source: 'customer',
    measures: ['score'],
    dimension: { field: 'group' },
    sort: 'dimension',
    emitsLinkage: false,
    receivesFilters: true,
  };
  const scoreOnly: WidgetData = { ...data, columns: data.columns.slice(0, 2), rows: data.rows.map((r) => r.slice(0, 2)) };
  const parts = chartSectionParts(chart, scoreOnly, env.labels, env.chart);
  const overallColumns: ExportColumn[] = [
    { key: 'group', label: w('group'), format: 'text' },
    { key: 'score', label: w('score'), format: 'score' },
    { key: 'weight', label: w('weight'), format: 'number' },
    { key: 'customers', label: w('customers'), format: 'count' },
  ];
  const tierColumns: ExportColumn[] = [overallColumns[0]!, { key: 'tier', label: w('tier'), format: 'text' }, ...overallColumns.slice(1)];
  const byTier = rows.filter((r) => r.tier !== null);
  return [
    {
      widgetId: 'report_health',
      title: titles.overall,
      kind: 'widget',
      table: tableOfRows(
        overallColumns,
        overall.map((r) => [group(r.group), r.score, r.weight, r.customers]),
      ),
      chart: data.status === 'ok' ? { kind: 'bar', option: parts.option, native: parts.native } : null,
      rules: [],
      notes: [],
      layout: null,
    },
    {
      widgetId: 'report_health_by_tier',
      title: titles.byTier,
      kind: 'widget',
      table: tableOfRows(
        tierColumns,
        byTier.map((r) => [group(r.group), env.labels.value('tier', r.tier ?? ''), r.score, r.weight, r.customers]),
      ),
      chart: null,
      rules: [],
      notes: [],
      layout: null,
    },
  ];
}

type Column = readonly [key: string, word: string, format: ExportColumn['format']];

/** The campaign sheets' columns: [key, label word under report.columns, format]; two sheets so a PDF page shows every number. */
const EFFECT_COLUMNS: readonly Column[] = [
  ['name', 'campaign', 'text'],
  ['treated', 'treated', 'count'],
  ['controls', 'controls', 'count'],
  ['treatment_rate', 'treatmentRate', 'percent'],
  ['control_rate', 'controlRate', 'percent'],
  ['uplift', 'uplift', 'percent'],
  ['uplift_lower', 'upliftLower', 'percent'],
  ['uplift_upper', 'upliftUpper', 'percent'],
  ['p_value', 'pValue', 'number'],
];
const VALUE_COLUMNS: readonly Column[] = [
  ['name', 'campaign', 'text'],
  ['start_date', 'startDate', 'date'],
  ['end_date', 'endDate', 'date'],
  ['saved_value', 'savedValue', 'currency'],
  ['cost', 'cost', 'currency'],
  ['roi', 'roi', 'percent'],
];

interface CampaignRow {
  campaign_id: string;
  name: string;
  start_date: string | null;
  end_date: string | null;
}

/**
 * Every campaign started in or before the month (or undated, like an imported experiment), oldest
 * first, with its effect as campaign.effect computes it (computeCampaignEffect): the drawn
 * groups, the measured success rates, the uplift with Newcombe's 95 % interval and the p-value;
 * then its dates, saved value, cost and ROI. Empty cells where a campaign has no measured outcome
 * yet; notes name the campaigns whose groups fail the sample-ratio check or whose follow-up
 * window is still open. No campaign: one note.
 */
export function campaignSections(env: ExportEnv, titles: { effect: string; value: string }, month: string): ExportSection[] {
  const campaigns = env.db
    .prepare(`SELECT campaign_id, name, start_date, end_date FROM campaigns WHERE start_date IS NULL OR start_date <= ? ORDER BY start_date IS NULL, start_date, campaign_id`)
    .all(`${month}-31`) as CampaignRow[];
  const section = (title: string, kind: ExportSection['kind'], columns: readonly Column[], rows: Cell[][], notes: string[]): ExportSection => ({
    widgetId: null,
    title,
    kind,
    table: tableOfRows(
      columns.map(([key, word, format]) => ({ key, label: env.t('exports', `report.columns.${word}`), format })),
      rows,
    ),
    chart: null,
    rules: [],
    notes,
    layout: null,
  });
  if (campaigns.length === 0) return [section(titles.effect, 'note', [], [], [env.t('exports', 'report.noCampaigns')])];
  const notes = [env.t('exports', 'report.campaignNote')];
  const effects: Cell[][] = [];
  const values: Cell[][] = [];
  for (const c of campaigns) {
    env.signal?.throwIfAborted();
    const e = computeCampaignEffect(env.db, c.campaign_id, []);
    if (e.srm?.alarm) notes.push(env.t('exports', 'report.campaignSrm', { campaign: c.name }));
    if (e.problem === null && !e.window.complete && e.window.end !== null) notes.push(env.t('exports', 'report.campaignWindowOpen', { campaign: c.name, end: e.window.end }));
    effects.push([c.name, e.drawn.treatment, e.drawn.control, e.treatment.rate, e.control.rate, e.uplift, e.newcombe?.lower ?? null, e.newcombe?.upper ?? null, e.pValue]);
    values.push([c.name, c.start_date, c.end_date, e.savedValue?.estimate ?? null, e.cost, e.roi?.estimate ?? null]);
  }
  return [section(titles.effect, 'widget', EFFECT_COLUMNS, effects, notes), section(titles.value, 'widget', VALUE_COLUMNS, values, [env.t('exports', 'report.campaignValueNote')])];
}
