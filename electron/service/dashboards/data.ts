// dashboard.data: each widget's data under the filters in force, computed by the shared
// evaluation (shared/dashboards/evaluate.ts) over the workspace. A widget that cannot be computed
// answers its problem; the others are unaffected.
import type { OperationParsedInput } from '../../../shared/contract/operations';
import type { DashboardData } from '../../../shared/contract/domains/dashboards';
import { evaluateWidgets } from '../../../shared/dashboards/evaluate';
import type { Db } from '../../store/database';
import { martState } from '../../store/analytics/mart-state';
import { customerFilterContext } from '../../store/segments/filter-context';
import { workspaceRunner } from './runner';
import { ChurnDefinitionSchema } from '../../../shared/scoring/churn-definition';

export function dashboardData(db: Db, input: OperationParsedInput<'dashboard.data'>): DashboardData {
  const started = performance.now();
  const state = martState(db);
  const asOf = state?.asOf ?? null;
  const definition = state ? ChurnDefinitionSchema.safeParse(state.churnDefinition) : null;
  const context = customerFilterContext(db, asOf === null ? {} : { asOf });
  const results = evaluateWidgets(input.widgets, {
    asOf,
    catalog: context.catalog,
    filters: input.filters,
    run: workspaceRunner(db, context, context.asOf),
    now: () => performance.now(),
  });
  return { asOf, results, elapsedMs: performance.now() - started, inactivityDays: definition?.success ? definition.data.implicit.days : null };
}
