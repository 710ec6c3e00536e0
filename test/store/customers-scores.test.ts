// customers.list over the customer mart with the latest snapshot's scores
// (test/support/hand-scores.ts): sorting and filtering by catalog fields with SQLite's own NULL
// order (first ascending, last descending; ties by row), paging, filter ASTs and bound values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { listCustomerPage } from '../../electron/store/analytics/customer-page';
import { rebuildMartProfiles } from '../../electron/store/mart/build-mart';
import type { FilterNode } from '../../shared/query';
import { CustomerListInputSchema, type CustomerListInput } from '../../shared/contract/operations';
import { seedHandCases } from '../support/hand-cases';
import { seedHandScores } from '../support/hand-scores';
import { tempDir } from '../support/temp';

describe('customers list with scores', () => {
  const t = tempDir();
  let ws: Workspace;
  const list = (input: CustomerListInput & { filter?: FilterNode }) => listCustomerPage(ws.db, CustomerListInputSchema.parse(input));
  const ids = (input: CustomerListInput & { filter?: FilterNode }) => list(input).rows.map((r) => r.customer_id);

  beforeAll(async () => {
    ws = await openWorkspace(join(t.dir, 'scores.churn'), { create: true });
    seedHandCases(ws.db);
    rebuildMartProfiles(ws.db);
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('without a snapshot, lists every customer with no lifecycle and empty scores, and sorts by a score column without error', () => {
    const r = list({ sort: [{ column: 'churn_probability', direction: 'desc' }] });
    expect(r.total).toBe(6);
    expect(r.rows.every((row) => row.lifecycle === null && row.health_score === null && row.tier === null && row.reasons.length === 0)).toBe(true);
    expect(list({ filters: [{ column: 'tier', op: 'equals', value: 'atRisk' }] }).total).toBe(0);
    seedHandScores(ws.db);
    rebuildMartProfiles(ws.db);
  });

  it('joins the latest snapshot: values, tier and reasons by feature id', () => {
    const a = list({ filters: [{ column: 'customer_id', op: 'equals', value: 'A' }] }).rows[0];
    expect(a).toMatchObject({ customer_id: 'A', name: '张伟', health_score: 35, tier: 'atRisk', churn_probability: 0.8, p_alive: 0.3, clv: 100 });
    expect(a?.reasons.map((r) => [r.feature, r.reasonType, r.contribution])).toEqual([
      ['complaints_90d', 'service', 0.9],
      ['recency_days', 'product', 0.4],
    ]);
    expect(Object.keys(a?.reasons[0] ?? {}).sort()).toEqual(['contribution', 'feature', 'reasonType', 'value']);
    const f = list({ filters: [{ column: 'customer_id', op: 'equals', value: 'F' }] }).rows[0];
    expect(f).toMatchObject({ customer_id: 'F', health_score: null, tier: null, churn_probability: null, reasons: [] });
  });

  it('sorts by churn probability in SQLite null order (the index order), ties by row', () => {
    expect(ids({ sort: [{ column: 'churn_probability', direction: 'desc' }] })).toEqual(['A', 'D', 'E', 'B', 'F', 'C']);
    expect(ids({ sort: [{ column: 'churn_probability', direction: 'asc' }] })).toEqual(['C', 'F', 'B', 'E', 'D', 'A']);
    expect(list({ sort: [{ column: 'churn_probability', direction: 'desc' }] }).total).toBe(6);
  });

  it('pages exactly like the whole list', () => {
    const sort = [{ column: 'churn_probability' as const, direction: 'desc' as const }];
    const whole = ids({ sort });
    for (let offset = 0; offset < 6; offset++) {
      for (const limit of [1, 2, 4]) expect(ids({ sort, offset, limit }), `offset ${offset} limit ${limit}`).toEqual(whole.slice(offset, offset + limit));
    }
    expect(list({ sort, offset: 6, limit: 5 })).toEqual({ rows: [], total: 6 });
  });

  it('filters by tier: equals, blank (unscored included) and notEqual (NULL passes)', () => {
    const atRisk = list({ filters: [{ column: 'tier', op: 'equals', value: 'atRisk' }] });
    expect(atRisk.total).toBe(2);
    expect(atRisk.rows.map((r) => r.customer_id)).toEqual(['A', 'D']);
    expect(ids({ filters: [{ column: 'tier', op: 'blank' }] })).toEqual(['E', 'F']);
    expect(ids({ filters: [{ column: 'tier', op: 'notEqual', value: 'healthy' }] })).toEqual(['A', 'C', 'D', 'E', 'F']);
  });

  it('combines score and customer columns, and the quick filter', () => {
    expect(ids({ filters: [{ column: 'health_score', op: 'lessThan', value: 50 }], sort: [{ column: 'clv', direction: 'desc' }] })).toEqual(['D', 'A']);
    expect(ids({ filters: [{ column: 'region', op: 'equals', value: '华东' }], sort: [{ column: 'health_score', direction: 'desc' }] })).toEqual(['A', 'D']);
    expect(ids({ quickFilter: '华', filters: [{ column: 'tier', op: 'equals', value: 'atRisk' }], sort: [{ column: 'p_alive', direction: 'asc' }] })).toEqual(['A', 'D']);
    expect(ids({ filters: [{ column: 'p_alive', op: 'inRange', value: 0.25, valueTo: 0.9 }], sort: [{ column: 'name', direction: 'asc' }] }).sort()).toEqual(['A', 'B', 'D']);
    // Unscored customers match a score filter only when NULL passes.
    expect(ids({ filters: [{ column: 'clv', op: 'blank' }], sort: [{ column: 'customer_id', direction: 'desc' }] })).toEqual(['F', 'E']);
  });

  it('binds values: a quoted tier never widens the match', () => {
    expect(list({ filters: [{ column: 'tier', op: 'equals', value: "atRisk' OR '1'='1" }] }).total).toBe(0);
    expect(() => list({ sort: [{ column: 'reasons', direction: 'asc' }] })).toThrow(/not a sortable field/);
    expect(CustomerListInputSchema.safeParse({ filters: [{ column: 's.tier', op: 'equals', value: 'x' }] }).success).toBe(false);
    expect(() => list({ filters: [{ column: 'nope', op: 'equals', value: 'x' }] })).toThrow(/unknown field "nope"/);
  });

  it('takes a filter AST beside the column filters, and carries the lifecycle on every row', () => {
    const filter: FilterNode = {
      kind: 'group',
      op: 'or',
      children: [
        { kind: 'condition', field: 'clv', op: '>=', value: 300 },
        { kind: 'not', child: { kind: 'condition', field: 'region', op: 'in', values: ['华东', '华南'] } },
      ],
    };
    // clv ≥ 300: B, D; region not in (华东, 华南), NULL included: C, E, F.
    expect(ids({ filter })).toEqual(['B', 'C', 'D', 'E', 'F']);
    expect(ids({ filter, filters: [{ column: 'tier', op: 'notBlank' }] })).toEqual(['B', 'C', 'D']);
    const rows = list({}).rows;
    expect(Object.fromEntries(rows.map((r) => [r.customer_id, r.lifecycle]))).toMatchObject({ C: 'churned', F: expect.stringMatching(/^(active|prospect)$/) as unknown });
  });
});
