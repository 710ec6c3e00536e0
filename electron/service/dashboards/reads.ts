// The dashboard operations that only read the open workspace: they answer on the read pool's
// read-only connections (dashboard.data reads the mart: never on the service thread's queue
// behind writes), and the same functions serve the service thread.
import type { ReadHandlers } from '../context';
import { martState } from '../../store/analytics/mart-state';
import { dashboardData } from './data';
import { describeDashboard, listDashboards } from './describe';

type DashboardReadOperation = 'dashboard.list' | 'dashboard.get' | 'dashboard.data';

export const dashboardReads: ReadHandlers<DashboardReadOperation> = {
  'dashboard.list': (_input, { db }) => ({ dashboards: listDashboards(db), asOf: martState(db)?.asOf ?? null }),
  'dashboard.get': (input, { db }) => describeDashboard(db, input.id),
  'dashboard.data': (input, { db }) => dashboardData(db, input),
};
