// The use cases behind each operation. Inputs arrive already validated by the service edge.
import type { OperationName, OperationOutput, OperationParsedInput } from '../../shared/contract/operations';
import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import { listCustomers } from '../store/customers';
import { churnTrend, kpis } from './dashboard';
import type { Session } from './session';
import { describeWorkspace } from './workspace';
import { APP_NAME, APP_VERSION } from './app-version';

export interface ServiceContext {
  readonly session: Session;
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
  'customers.list': (input, { session }) => listCustomers(session.workspace.db, input),
  'dashboard.kpis': (_input, { session }) => kpis(session.workspace.db),
  'dashboard.churnTrend': (input, { session }) => churnTrend(session.workspace.db, input.months),
};
