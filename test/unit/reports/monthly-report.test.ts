// The monthly report's plan: which widgets, under which filters — the KPIs and breakdowns for the
// month, the trend over the 12 months ending there, each month-fact KPI against the previous
// month and the same month last year — and which months a report may be made for.
import { describe, expect, it } from 'vitest';
import { WidgetSchema } from '../../../shared/dashboards/widget';
import { lastCompleteMonth, monthInRange, monthlyReportPlan, reportMonthRange, REPORT_KPIS } from '../../../shared/reports/monthly-report';

describe('monthlyReportPlan', () => {
  const plan = monthlyReportPlan('2024-06');

  it('evaluates KPIs and breakdowns over the month, the trend over 12 months ending there', () => {
    expect(plan.monthFilters.period).toEqual({ from: '2024-06', to: '2024-06' });
    expect(plan.trendFilters.period).toEqual({ from: '2023-07', to: '2024-06' });
    const byKey = new Map(plan.sections.map((s) => [s.key, s]));
    expect(byKey.get('trend')?.filters).toBe(plan.trendFilters);
    for (const key of ['bySegment', 'byRegion', 'byOwner'] as const) expect(byKey.get(key)?.filters).toBe(plan.monthFilters);
    expect(byKey.get('trend')?.widget).toMatchObject({ chart: 'combo', measures: ['churned', 'churn_rate'], dimension: { field: 'month' } });
    expect(byKey.get('highRisk')?.widget).toMatchObject({ mode: 'list', sort: [{ key: 'owner' }, { key: 'churn_probability', direction: 'desc' }] });
  });

  it('compares every month-fact KPI with the previous month and the same month last year', () => {
    expect(plan.kpis.map((k) => k.key)).toEqual(REPORT_KPIS.map((k) => k.key));
    for (const kpi of plan.kpis) {
      const def = REPORT_KPIS.find((d) => d.key === kpi.key)!;
      if (def.source === 'churn_month') {
        expect([kpi.key, kpi.previous.comparison, kpi.lastYear?.comparison]).toEqual([kpi.key, 'previousPeriod', 'samePeriodLastYear']);
      } else {
        expect([kpi.key, kpi.previous.period, kpi.lastYear]).toEqual([kpi.key, 'snapshot', null]);
      }
    }
  });

  it('makes widgets the dashboard schema accepts, with unique ids', () => {
    const widgets = [...plan.kpis.flatMap((k) => [k.previous, k.lastYear].filter((w) => w !== null)), ...plan.sections.map((s) => s.widget)];
    for (const w of widgets) expect(WidgetSchema.safeParse(w).success, w.id).toBe(true);
    expect(new Set(widgets.map((w) => w.id)).size).toBe(widgets.length);
  });
});

describe('report months', () => {
  it('stops at the last complete month of the data date', () => {
    expect(lastCompleteMonth('2024-06-30')).toBe('2024-06');
    expect(lastCompleteMonth('2024-06-29')).toBe('2024-05');
    expect(lastCompleteMonth('2024-01-15')).toBe('2023-12');
  });

  it('offers the facts’ months up to the last complete one', () => {
    const range = reportMonthRange('2024-06-15', '2022-01', '2024-06');
    expect(range).toEqual({ first: '2022-01', last: '2024-05' });
    expect(monthInRange('2024-05', range)).toBe(true);
    expect(monthInRange('2024-06', range)).toBe(false);
    expect(monthInRange('2021-12', range)).toBe(false);
    expect(reportMonthRange(null, '2022-01', '2024-06')).toBeNull();
    expect(monthInRange('2024-01', null)).toBe(false);
  });
});
