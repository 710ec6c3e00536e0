// Every operation has exactly one place to run: the read pool, a job's thread or the service
// thread (electron/service/operation-routes.ts), so a new operation cannot be forgotten.
import { describe, expect, it } from 'vitest';
import { operationNames } from '../../../shared/contract/operations';
import { routesOf, serviceThreadOperations } from '../../../electron/service/operation-routes';
import { readHandlers } from '../../../electron/service/read-pool/read-operations';
import { jobKinds } from '../../../electron/service/jobs/kinds';

describe('operation routes', () => {
  it.each(operationNames.map((name) => [name]))('%s runs in exactly one place', (name) => {
    expect(routesOf(name)).toHaveLength(1);
  });

  it('lists only operations of the contract', () => {
    const known = new Set<string>(operationNames);
    for (const name of [...Object.keys(readHandlers), ...Object.keys(jobKinds), ...serviceThreadOperations]) expect(known.has(name), name).toBe(true);
  });

  it('sends the workspace reads the issue names to the read pool', () => {
    for (const name of [
      'customers.list',
      'dashboard.kpis',
      'dashboard.churnTrend',
      'query.run',
      'query.count',
      'catalog.describe',
      'snapshot.scores',
      'snapshot.list',
      'customer.profile',
      'model.list',
      'model.get',
      'workspace.query',
      'import.history',
      'import.rejects',
      'import.rejectGroups',
    ] as const) {
      expect(routesOf(name), name).toEqual(['read-pool']);
    }
  });
});
