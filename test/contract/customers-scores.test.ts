// customers.list with the latest snapshot's scores, over every host: what the grid relies on
// when the analyst sorts by churn probability or filters by tier (test/support/hand-scores.ts).
import { rebuildMartProfiles } from '../../electron/store/mart/build-mart';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createService, type Service } from '../../electron/service/service';
import { openWorkspace } from '../../electron/store/workspace';
import type { CustomerRow } from '../../shared/contract/operations';
import { seedHandCases } from '../support/hand-cases';
import { seedHandScores } from '../support/hand-scores';
import { tempDir } from '../support/temp';
import { allTransports } from './all-transports';
import type { Transport } from './transports';

interface Page {
  rows: CustomerRow[];
  total: number;
}

for (const [label, connect] of allTransports) {
  describe(`customers.list scores over ${label}`, () => {
    const t = tempDir();
    const path = join(t.dir, 'scores.churn');
    let service: Service;
    let api: Transport;
    const list = async (input: unknown): Promise<Page> => {
      const r = await api.invoke('customers.list', input);
      if (!r.ok) throw new Error(`customers.list failed: ${r.error.code} ${r.error.message}`);
      return r.result as Page;
    };

    beforeAll(async () => {
      const ws = await openWorkspace(path, { create: true });
      seedHandCases(ws.db);
      seedHandScores(ws.db);
      // What an import or a refresh does: the grid reads the customer mart.
      rebuildMartProfiles(ws.db);
      ws.close();
      service = createService(undefined, { workspaceFolder: t.dir });
      api = await connect(service, t.dir);
      // By name in the hosts' workspace folder: the HTTP host opens nothing at a path the page sends.
      const opened = await api.invoke('workspace.openNamed', { name: 'scores' });
      if (!opened.ok) throw new Error(opened.error.message);
    });
    afterAll(async () => {
      await api.close();
      service.close();
      t.cleanup();
    });

    it('sorts by churn probability on the server, pages included, in the index order (NULLs last descending, ties by row)', async () => {
      const sort = [{ column: 'churn_probability', direction: 'desc' }];
      const all = await list({ sort });
      expect(all.total).toBe(6);
      expect(all.rows.map((r) => [r.customer_id, r.churn_probability])).toEqual([
        ['A', 0.8],
        ['D', 0.6],
        ['E', 0.4],
        ['B', 0.1],
        ['F', null],
        ['C', null],
      ]);
      const second = await list({ sort, offset: 2, limit: 2 });
      expect(second.rows.map((r) => r.customer_id)).toEqual(['E', 'B']);
      expect(second.total).toBe(6);
    });

    it('filters by tier with the row carrying its score, tier and reasons', async () => {
      const atRisk = await list({ filters: [{ column: 'tier', op: 'equals', value: 'atRisk' }], sort: [{ column: 'health_score', direction: 'asc' }] });
      expect(atRisk.total).toBe(2);
      expect(atRisk.rows.map((r) => [r.customer_id, r.tier, r.health_score])).toEqual([
        ['D', 'atRisk', 20],
        ['A', 'atRisk', 35],
      ]);
      expect(atRisk.rows[1]?.reasons.map((r) => r.reasonType)).toEqual(['service', 'product']);
    });

    it('refuses score columns outside the whitelist', async () => {
      expect(await api.invoke('customers.list', { sort: [{ column: 'reasons', direction: 'asc' }] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(await api.invoke('customers.list', { filters: [{ column: 'health_groups', op: 'blank' }] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    });
  });
}
