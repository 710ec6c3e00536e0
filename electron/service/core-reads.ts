// The core reads that answer on the read pool (read-pool/): the dashboard and the analyst's own
// SQL, which opens a read-only connection of its own on the workspace's file. The service thread
// runs the same functions on the session's workspace (handlers.ts).
import { runReadOnlyQuery } from '../store/read-only-query';
import type { ReadHandlers } from './context';
import { churnTrend, kpis } from './dashboard';

export const coreReads: ReadHandlers<'workspace.query' | 'dashboard.kpis' | 'dashboard.churnTrend'> = {
  'workspace.query': (input, { path }) => runReadOnlyQuery(path, input.sql, input.maxRows),
  'dashboard.kpis': (_input, { db }) => kpis(db),
  'dashboard.churnTrend': (input, { db }) => churnTrend(db, input.months),
};
