// report.monthly's document: the month checked against the churn facts (reportMonthOutOfRange
// otherwise), then the plan of shared/reports/monthly-report.ts evaluated widget by widget under
// its own filters through the dashboard runner — so every number is what a dashboard shows for
// those filters — plus saved segments, health components and campaigns (report-sections.ts).
import { basename } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { ExportLogo } from '../../../shared/contract/domains/exports';
import { kpiView } from '../../../shared/dashboards/charts';
import type { ExportDocument, ExportKpi, ExportSection } from '../../../shared/export/document';
import { formatMonth } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locales';
import { monthInRange, monthlyReportPlan, reportMonthRange, type MonthlyReportPlan } from '../../../shared/reports/monthly-report';
import type { Db } from '../../store/database';
import { localStamp } from './build-document';
import { evaluateUnder, exportEnv, type ExportEnv } from './export-env';
import { exportWords } from './export-words';
import { exportKpi } from './kpi-card';
import { decodeLogo } from './logo';
import { campaignSections, healthSections, savedSegmentSection } from './report-sections';
import { widgetPart } from './widget-parts';

export interface ReportDocumentInput {
  readonly month: string;
  readonly language: Locale;
  readonly logo?: ExportLogo;
  readonly workspacePath?: string;
  readonly signal?: AbortSignal;
}

/** Refuses a month without churn facts or after the last complete month, naming the months there are. */
export function checkReportMonth(db: Db, asOf: string | null, month: string): void {
  const facts = db.prepare('SELECT min(month) AS first, max(month) AS last FROM churn_facts_monthly').get() as { first: string | null; last: string | null };
  const range = reportMonthRange(asOf, facts.first, facts.last);
  // No months at all: nothing to choose between, the scores were never refreshed.
  if (range === null) throw new AppError('INVALID_INPUT', 'report.monthly: the workspace has no churn facts yet; refresh the scores first', { reason: 'noSnapshot' });
  if (!monthInRange(month, range)) {
    throw new AppError('INVALID_INPUT', `report.monthly: no complete month ${month} in the workspace`, {
      reason: 'reportMonthOutOfRange',
      params: { month, first: range.first, last: range.last },
    });
  }
}

function reportKpis(env: ExportEnv, plan: MonthlyReportPlan): ExportKpi[] {
  const current = evaluateUnder(
    env,
    plan.kpis.map((k) => k.previous),
    plan.monthFilters,
  );
  const lastYear = evaluateUnder(
    env,
    plan.kpis.flatMap((k) => (k.lastYear ? [k.lastYear] : [])),
    plan.monthFilters,
  );
  const byId = new Map(lastYear.map((d) => [d.widgetId, d]));
  return plan.kpis.flatMap((k, i) => {
    const data = current[i];
    if (!data?.kpi) return [];
    const card = exportKpi(k.previous, env.t('exports', `report.kpis.${k.key}`), data.kpi, env.asOf, env.t, env.chart);
    const yearKpi = k.lastYear ? byId.get(k.lastYear.id)?.kpi : undefined;
    if (!k.lastYear) return [card];
    // Both comparisons on the card: the change against the previous month and against last year.
    const change = (kpi: typeof data.kpi | undefined) => (kpi ? kpiView(kpi, env.chart).changeText : null) ?? env.t('exports', 'report.noComparison');
    return [{ ...card, comparisonText: env.t('exports', 'report.comparisonBoth', { previous: change(data.kpi), lastYear: change(yearKpi) }) }];
  });
}

export function buildReportDocument(db: Db, input: ReportDocumentInput, now: Date): ExportDocument {
  const env = exportEnv(db, input.language, input.signal);
  checkReportMonth(db, env.asOf, input.month);
  const logo = decodeLogo(input.logo);
  const plan = monthlyReportPlan(input.month);
  const kpis = reportKpis(env, plan);
  const sections: ExportSection[] = [];
  const add = (section: ExportSection | null) => {
    if (section) sections.push(section);
  };
  for (const s of plan.sections) {
    env.signal?.throwIfAborted();
    const [data] = evaluateUnder(env, [s.widget], s.filters);
    if (!data) continue;
    const part = widgetPart(env, { widget: s.widget, data, filters: s.filters, layout: null, title: env.t('exports', `report.${s.key}`) }, s.key === 'highRisk');
    if (part && 'section' in part) add(part.section);
    if (s.key === 'bySegment') add(savedSegmentSection(env, env.t('exports', 'report.bySavedSegment')));
    if (s.key === 'reasons') for (const h of healthSections(env, { overall: env.t('exports', 'report.health'), byTier: env.t('exports', 'report.healthByTier') })) add(h);
  }
  for (const c of campaignSections(env, { effect: env.t('exports', 'report.campaigns'), value: env.t('exports', 'report.campaignValue') }, input.month)) add(c);
  return {
    kind: 'monthlyReport',
    locale: input.language,
    title: env.t('exports', 'report.title', { month: input.month }),
    subtitle: input.month,
    workspace: input.workspacePath ? basename(input.workspacePath) : '',
    dataDate: env.asOf,
    generatedAt: localStamp(now),
    filters: [{ label: env.t('exports', 'filter.period'), value: formatMonth(input.month, input.language) }],
    logo,
    kpis,
    sections,
    texts: [],
    words: exportWords(env.t),
  };
}
