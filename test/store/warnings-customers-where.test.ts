// warningCustomersWhere: the customers of a warning list as a WHERE over customer_mart, as a
// campaign's audience takes them. Warnings are written by hand here (the evaluator has its own
// tests) so each filter's answer can be counted independently in SQL.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { warningCustomersWhere } from '../../electron/store/warnings/customers-where';
import { saveSegment } from '../../electron/service/segments/writes';
import type { WarningFilter } from '../../shared/contract/domains/warnings';
import { tempDir } from '../support/temp';

const quiet = () => undefined;

describe('warningCustomersWhere', () => {
  const t = tempDir();
  let ws: Workspace;
  const count = (filter: WarningFilter) => {
    const where = warningCustomersWhere(ws.db, filter);
    return ws.db
      .prepare(`SELECT count(*) FROM customer_mart WHERE ${where.sql}`)
      .pluck()
      .get(...where.params) as number;
  };
  const hand = (sql: string) => ws.db.prepare(`SELECT count(DISTINCT customer_id) FROM warnings WHERE ${sql}`).pluck().get() as number;

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 300 });
    ws = await openWorkspace(path);
    runRefresh(ws.db, { trainIfMissing: true }, quiet);
    // Clear whatever the refresh raised: this test places its own warnings.
    ws.db.prepare('DELETE FROM warnings').run();
    ws.db.prepare('DELETE FROM warning_evaluations').run();
    const snapshot = ws.db.prepare('SELECT snapshot_id, as_of FROM snapshots ORDER BY as_of DESC LIMIT 1').get() as { snapshot_id: number; as_of: string };
    ws.db
      .prepare('INSERT INTO warning_evaluations (snapshot_id, as_of, evaluated_at, raised, expired, held) VALUES (?, ?, ?, 0, 0, 0)')
      .run(snapshot.snapshot_id, snapshot.as_of, snapshot.as_of);
    const customers = ws.db.prepare('SELECT customer_id, owner FROM customer_mart ORDER BY customer_id LIMIT 60').all() as { customer_id: string; owner: string | null }[];
    const insert = ws.db.prepare(
      `INSERT INTO warnings (rule_id, customer_id, state, severity, owner, assignee, fired_snapshot_id, fired_on, last_seen_snapshot_id, last_seen_on, cleared_snapshot_id, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'now')`,
    );
    const states = ['open', 'acknowledged', 'resolved', 'expired'] as const;
    customers.forEach((c, i) => {
      const state = states[i % 4]!;
      const fired = i % 3 === 0 ? snapshot.snapshot_id : snapshot.snapshot_id - 1;
      const cleared = state === 'expired' ? snapshot.snapshot_id : null;
      insert.run(1, c.customer_id, state, 'high', c.owner, i % 5 === 0 ? 'Helper' : c.owner, fired, snapshot.as_of, snapshot.snapshot_id, snapshot.as_of, cleared);
      // A second rule on the same customer: the audience still counts the customer once.
      if (i % 2 === 0) insert.run(2, c.customer_id, 'open', 'medium', c.owner, c.owner, fired, snapshot.as_of, snapshot.snapshot_id, snapshot.as_of, null);
    });
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('takes each customer with a matching warning once (default: open and acknowledged)', () => {
    const all = count({});
    expect(all).toBe(hand(`state IN ('open', 'acknowledged')`));
    expect(all).toBeGreaterThan(0);
    expect(count({ ruleIds: [1] })).toBe(hand(`rule_id = 1 AND state IN ('open', 'acknowledged')`));
    expect(count({ states: ['resolved', 'expired'] })).toBe(hand(`state IN ('resolved', 'expired')`));
    expect(count({ severities: ['medium'] })).toBe(hand(`severity = 'medium' AND state IN ('open', 'acknowledged')`));
  });

  it('filters by owner or assignee, new ones, search and segment', () => {
    expect(count({ owners: ['Helper'] })).toBe(hand(`(owner = 'Helper' OR assignee = 'Helper') AND state IN ('open', 'acknowledged')`));
    expect(count({ onlyNew: true, states: ['open', 'acknowledged', 'resolved', 'expired'] })).toBe(hand(`fired_snapshot_id = (SELECT max(snapshot_id) FROM snapshots)`));
    const one = ws.db.prepare(`SELECT customer_id FROM warnings WHERE state = 'open' LIMIT 1`).pluck().get() as string;
    expect(count({ search: one.toLowerCase() })).toBe(1);
    expect(count({ search: '%' })).toBe(0);
    const segment = saveSegment(ws.db, {
      name: 'Low',
      description: '',
      tags: [],
      color: 'blue',
      definition: { schemaVersion: 1, filter: { kind: 'condition', field: 'health_score', op: '<', value: 60 } },
    });
    expect(count({ segmentId: segment.id })).toBe(hand(`state IN ('open', 'acknowledged') AND customer_id IN (SELECT customer_id FROM customer_mart WHERE health_score < 60)`));
    expect(() => count({ segmentId: 9999 })).toThrow(/segment 9999/);
  });
});
