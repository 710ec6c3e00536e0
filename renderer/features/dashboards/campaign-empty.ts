// The campaign review's empty state: shown once its campaign widgets have answered and none has
// a campaign member to show (no campaign yet, or none with members), never while they load.
import type { DashboardSpec } from '../../../shared/dashboards/dashboard';
import type { WidgetData } from '../../../shared/dashboards/widget-data';

export function campaignReviewEmpty(spec: DashboardSpec, byWidget: ReadonlyMap<string, WidgetData>): boolean {
  if (spec.template !== 'campaign') return false;
  const results = spec.widgets.filter((w) => w.kind !== 'text' && w.source === 'campaign_member').map((w) => byWidget.get(w.id));
  if (results.length === 0) return false;
  return results.every((r) => r !== undefined && (r.status === 'empty' || (r.kpi ? !r.kpi.value : r.status === 'ok' && r.rows.length === 0)));
}
