// The campaign review's empty state: only once every campaign widget answered with nothing to
// show — not while loading, not when a campaign has members, never on another template.
import { describe, expect, it } from 'vitest';
import { templateSpec } from '../../../shared/dashboards/templates';
import type { WidgetData } from '../../../shared/dashboards/widget-data';
import { campaignReviewEmpty } from '../../../renderer/features/dashboards/campaign-empty';

const spec = templateSpec('campaign');
const campaignWidgets = spec.widgets.filter((w) => w.kind !== 'text');

function answered(kpiValue: number, rows: WidgetData['rows']): Map<string, WidgetData> {
  const base = { status: 'ok' as const, columns: [], truncated: false, applied: [], notApplied: [], elapsedMs: 1 };
  return new Map(
    campaignWidgets.map((w): [string, WidgetData] => [
      w.id,
      w.kind === 'kpi'
        ? {
            ...base,
            widgetId: w.id,
            rows: [],
            kpi: { value: kpiValue, format: 'count', period: null, comparison: 'none', compareValue: null, change: null, changeIsGood: null, status: null, sparkline: [] },
          }
        : { ...base, widgetId: w.id, rows },
    ]),
  );
}

describe('campaignReviewEmpty', () => {
  it('is shown when every campaign widget answered with no member', () => {
    expect(campaignReviewEmpty(spec, answered(0, []))).toBe(true);
  });
  it('is not shown while widgets load, when a campaign has members, or on another template', () => {
    const partial = answered(0, []);
    partial.delete(campaignWidgets[0]?.id ?? '');
    expect(campaignReviewEmpty(spec, partial)).toBe(false);
    expect(campaignReviewEmpty(spec, answered(126, [['2025 Q4', 0.86, 0.62, 0.24]]))).toBe(false);
    expect(campaignReviewEmpty(templateSpec('cockpit'), answered(0, []))).toBe(false);
  });
});
