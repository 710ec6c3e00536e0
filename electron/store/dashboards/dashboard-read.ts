// A stored dashboard read back: the spec JSON parsed and validated with DashboardSpecSchema, so a
// spec damaged or edited outside the app is reported (dashboardInvalidWidget … or skipped in
// lists), never evaluated as it is.
import { DashboardSpecSchema, type DashboardSpec } from '../../../shared/dashboards/dashboard';
import type { DashboardRow } from './dashboard-rows';

/** The spec, or undefined when the stored text is not a valid spec. */
export function readDashboardSpec(row: Pick<DashboardRow, 'spec'>): DashboardSpec | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.spec);
  } catch {
    return undefined;
  }
  const result = DashboardSpecSchema.safeParse(parsed);
  return result.success ? result.data : undefined;
}
