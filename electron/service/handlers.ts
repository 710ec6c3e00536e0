// The use cases behind each operation. Inputs arrive already validated by the service edge.
import type { EventName, EventPayload } from '../../shared/contract/events';
import type { OperationName, OperationOutput, OperationParsedInput } from '../../shared/contract/operations';
import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import { listCustomers } from '../store/customers';
import { runReadOnlyQuery } from '../store/read-only-query';
import { createDemoWorkspace } from '../demo/generate';
import { churnTrend, kpis } from './dashboard';
import type { Session } from './session';
import { describeWorkspace } from './workspace';
import { APP_NAME, APP_VERSION } from './app-version';

export interface ServiceContext {
  readonly session: Session;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export type Handlers = {
  [N in OperationName]: (
    input: OperationParsedInput<N>,
    ctx: ServiceContext,
  ) => OperationOutput<N> | Promise<OperationOutput<N>>;
};

export const handlers: Handlers = {
  'app.version': () => ({ name: APP_NAME, version: APP_VERSION, schemaVersion: LATEST_SCHEMA_VERSION }),
  'workspace.info': (_input, { session }) => describeWorkspace(session.workspace),
  'workspace.open': async (input, { session }) =>
    describeWorkspace(await session.open(input.path, { create: input.create })),
  'workspace.createDemo': async (input, { session }) => {
    await createDemoWorkspace(input.path, { seed: input.seed, customers: input.customers });
    return describeWorkspace(await session.open(input.path));
  },
  'workspace.query': (input, { session }) => runReadOnlyQuery(session.workspace.path, input.sql, input.maxRows),
  'customers.list': (input, { session }) => listCustomers(session.workspace.db, input),
  'dashboard.kpis': (_input, { session }) => kpis(session.workspace.db),
  'dashboard.churnTrend': (input, { session }) => churnTrend(session.workspace.db, input.months),
};
