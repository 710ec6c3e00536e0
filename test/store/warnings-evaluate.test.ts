// The warning evaluator on a real demo workspace across three refreshes (three snapshots a few
// weeks apart), checked against the pure state machine (shared/warnings/state-machine.ts) fed
// with the default rules written by hand in SQL: raise → hold → expire → re-arm, people's
// acknowledge / resolve between refreshes, events and evaluation counts; then thresholds at
// their exact values through the real SQL, skipped rules, and a backfilled date raising nothing.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { workspaceDataDate } from '../../electron/store/scoring/data-date';
import { evaluateWarnings, newestSnapshot } from '../../electron/store/warnings/evaluate';
import { updateWarnings } from '../../electron/store/warnings/update';
import { insertRuleRow } from '../../electron/store/warnings/rule-rows';
import { dayOf, isoOfDay } from '../../shared/scoring/days';
import { actionResult, advancePair, type PairRow, type WarningAction } from '../../shared/warnings/state-machine';
import { tempDir } from '../support/temp';

const quiet = () => undefined;
const ELIGIBLE = `lifecycle <> 'churned' AND health_score IS NOT NULL`;
/** PRODUCT.md §6's three defaults, written by hand (not through the compiler). */
const HAND: Record<string, string> = {
  lowHealthHighValue: `health_score < 40 AND value_tier = 'high'`,
  scoreDrop: `health_change <= -15`,
  overdueCycle: `overdue_ratio >= 2`,
};

interface StoredRow {
  id: number;
  rule_id: number;
  customer_id: string;
  state: string;
  armed: number;
  fired_snapshot_id: number;
  last_seen_snapshot_id: number;
}

describe('warning evaluation across three refreshes', () => {
  const t = tempDir();
  let ws: Workspace;
  let ruleIds: Record<string, number>;
  const snapshots: number[] = [];
  let oracle = new Map<string, PairRow[]>();
  const transitions: Record<string, number> = { raise: 0, hold: 0, expire: 0, clear: 0, none: 0 };

  const handMatches = (): Set<string> => {
    const keys = new Set<string>();
    for (const [code, sql] of Object.entries(HAND)) {
      const ids = ws.db.prepare(`SELECT customer_id FROM customer_mart WHERE ${ELIGIBLE} AND ${sql}`).pluck().all() as string[];
      for (const id of ids) keys.add(`${ruleIds[code]}|${id}`);
    }
    return keys;
  };
  const stored = () =>
    ws.db
      .prepare('SELECT id, rule_id, customer_id, state, cleared_snapshot_id IS NULL AS armed, fired_snapshot_id, last_seen_snapshot_id FROM warnings ORDER BY id')
      .all() as StoredRow[];

  /** One refresh, and the same refresh in the oracle. */
  const refresh = (asOf: string) => {
    runRefresh(ws.db, { asOf, trainIfMissing: true }, quiet);
    snapshots.push(newestSnapshot(ws.db)!.id);
    const at = snapshots.length;
    const matches = handMatches();
    const next = new Map<string, PairRow[]>();
    for (const key of new Set([...oracle.keys(), ...matches])) {
      const step = advancePair(oracle.get(key) ?? [], matches.has(key), at);
      transitions[step.transition]! += 1;
      if (step.rows.length > 0) next.set(key, step.rows);
    }
    oracle = next;
  };

  /** A person's action on some armed warnings, in the store and in the oracle. */
  const act = (action: WarningAction, pick: (rows: StoredRow[]) => StoredRow[]) => {
    const rows = pick(stored().filter((r) => r.armed === 1));
    if (rows.length === 0) return 0;
    const result = updateWarnings(ws.db, { ids: rows.map((r) => r.id) }, { action, note: `${action} by test` }, '2030-01-01T00:00:00Z');
    for (const r of rows) {
      const key = `${r.rule_id}|${r.customer_id}`;
      oracle.set(
        key,
        oracle.get(key)!.map((p) => {
          const to = actionResult(p.state, p.armed, action);
          return to === null ? p : { ...p, state: to };
        }),
      );
    }
    return result.updated;
  };

  const expectStoreEqualsOracle = () => {
    const actual = new Map<string, [string, boolean, number, number][]>();
    for (const r of stored()) {
      const key = `${r.rule_id}|${r.customer_id}`;
      const list = actual.get(key) ?? [];
      list.push([r.state, r.armed === 1, snapshots.indexOf(r.fired_snapshot_id) + 1, snapshots.indexOf(r.last_seen_snapshot_id) + 1]);
      actual.set(key, list);
    }
    const expected = new Map([...oracle].map(([key, rows]) => [key, rows.map((p): [string, boolean, number, number] => [p.state, p.armed, p.firedAt, p.lastSeenAt])]));
    expect(new Map([...actual].sort())).toEqual(new Map([...expected].sort()));
  };

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 400 });
    ws = await openWorkspace(path);
    ruleIds = Object.fromEntries(
      (ws.db.prepare('SELECT builtin, id FROM warning_rules WHERE builtin IS NOT NULL').all() as { builtin: string; id: number }[]).map((r) => [r.builtin, r.id]),
    );
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('raises, holds, expires and re-arms as the state machine says', () => {
    const end = workspaceDataDate(ws.db)!.day;
    const dates = [end - 70, end - 35, end].map(isoOfDay);
    refresh(dates[0]!);
    expectStoreEqualsOracle();
    expect(stored().length).toBeGreaterThan(0);
    // Nothing fires twice in one refresh: one armed row per pair.
    const dup = ws.db.prepare('SELECT count(*) FROM (SELECT 1 FROM warnings WHERE cleared_snapshot_id IS NULL GROUP BY rule_id, customer_id HAVING count(*) > 1)').pluck().get();
    expect(dup).toBe(0);

    act('acknowledge', (rows) => rows.filter((_, i) => i % 3 === 0));
    act('resolve', (rows) => rows.filter((r, i) => r.state === 'open' && i % 3 === 1));
    refresh(dates[1]!);
    expectStoreEqualsOracle();

    act('resolve', (rows) => rows.filter((r, i) => r.state !== 'resolved' && i % 2 === 0));
    act('reopen', (rows) => rows.filter((r, i) => r.state === 'resolved' && i % 4 === 0));
    refresh(dates[2]!);
    expectStoreEqualsOracle();

    // The run went through every transition the demo's data can give.
    expect(transitions.raise).toBeGreaterThan(0);
    expect(transitions.hold).toBeGreaterThan(0);
    expect(transitions.expire).toBeGreaterThan(0);
    expect(transitions.clear).toBeGreaterThan(0);
  });

  it('records the evaluation and an event per change', () => {
    const sid = snapshots[2]!;
    const evaluation = ws.db.prepare('SELECT raised, expired, held FROM warning_evaluations WHERE snapshot_id = ?').get(sid) as { raised: number; expired: number; held: number };
    const count = (sql: string, ...params: (string | number)[]) =>
      ws.db
        .prepare(sql)
        .pluck()
        .get(...params) as number;
    expect(evaluation.raised).toBe(count('SELECT count(*) FROM warnings WHERE fired_snapshot_id = ?', sid));
    expect(evaluation.expired).toBe(count(`SELECT count(*) FROM warnings WHERE state = 'expired' AND cleared_snapshot_id = ?`, sid));
    expect(evaluation.held).toBe(count('SELECT count(*) FROM warnings WHERE last_seen_snapshot_id = ? AND fired_snapshot_id <> ? AND cleared_snapshot_id IS NULL', sid, sid));
    expect(count(`SELECT count(*) FROM warning_events WHERE action = 'raised'`)).toBe(count('SELECT count(*) FROM warnings'));
    expect(count(`SELECT count(*) FROM warning_events WHERE action = 'expired'`)).toBe(count(`SELECT count(*) FROM warnings WHERE state = 'expired'`));
    expect(count(`SELECT count(*) FROM warning_events WHERE action = 'rearmed'`)).toBe(
      count(`SELECT count(*) FROM warnings WHERE state = 'resolved' AND cleared_snapshot_id IS NOT NULL`),
    );
    const summary = JSON.parse(count('SELECT summary FROM snapshots WHERE snapshot_id = ?', sid) as unknown as string) as { warningEvaluation: { raised: number } };
    expect(summary.warningEvaluation.raised).toBe(evaluation.raised);
    // Routed to the customer's owner.
    expect(count("SELECT count(*) FROM warnings w JOIN customers c USING (customer_id) WHERE w.owner IS NOT nullif(c.owner, '')")).toBe(0);
  });

  it('takes thresholds exactly: < 40 leaves 40 out, a drop of exactly 15 and an overdue ratio of exactly 2 fire', () => {
    const newest = newestSnapshot(ws.db)!;
    const ids = ws.db.prepare(`SELECT customer_id FROM customer_mart WHERE ${ELIGIBLE} ORDER BY customer_id LIMIT 6`).pluck().all() as string[];
    const set = ws.db.prepare('UPDATE customer_mart SET health_score = ?, value_tier = ?, health_change = ?, overdue_ratio = ? WHERE customer_id = ?');
    // [health, value tier, change, overdue]: each customer on one side of one threshold, clear of the others.
    const cases: [number, string, number, number][] = [
      [40, 'high', 0, 1],
      [39.99, 'high', 0, 1],
      [80, 'low', -15, 1],
      [80, 'low', -14.99, 1],
      [80, 'low', 0, 2],
      [80, 'low', 0, 1.99],
    ];
    cases.forEach((c, i) => set.run(...c, ids[i]!));
    evaluateWarnings(ws.db, newest.id, newest.asOf);
    const armed = (code: string, id: string) =>
      ws.db.prepare('SELECT count(*) FROM warnings WHERE rule_id = ? AND customer_id = ? AND cleared_snapshot_id IS NULL').pluck().get(ruleIds[code], id) as number;
    expect([armed('lowHealthHighValue', ids[0]!), armed('lowHealthHighValue', ids[1]!)]).toEqual([0, 1]);
    expect([armed('scoreDrop', ids[2]!), armed('scoreDrop', ids[3]!)]).toEqual([1, 0]);
    expect([armed('overdueCycle', ids[4]!), armed('overdueCycle', ids[5]!)]).toEqual([1, 0]);
  });

  it('skips a rule that no longer compiles, and a backfilled date raises nothing', () => {
    const now = '2030-01-01T00:00:00Z';
    const gone = insertRuleRow(
      ws.db,
      {
        name: 'Gone field',
        description: '',
        target: '{"kind":"all"}',
        condition: JSON.stringify({ kind: 'condition', field: 'no_such_field', op: '>', value: 1 }),
        severity: 'low',
        enabled: true,
      },
      now,
    );
    const noSegment = insertRuleRow(
      ws.db,
      {
        name: 'Gone segment',
        description: '',
        target: JSON.stringify({ kind: 'segment', segmentId: 4242 }),
        condition: JSON.stringify({ kind: 'condition', field: 'health_score', op: '<', value: 100 }),
        severity: 'low',
        enabled: true,
      },
      now,
    );
    const newest = newestSnapshot(ws.db)!;
    const result = evaluateWarnings(ws.db, newest.id, newest.asOf)!;
    expect(result.skipped).toEqual([
      { ruleId: gone, problem: 'UNKNOWN_FIELD' },
      { ruleId: noSegment, problem: 'UNKNOWN_SEGMENT' },
    ]);
    expect(evaluateWarnings(ws.db, snapshots[0]!, isoOfDay(dayOf(newest.asOf) - 70))).toBeNull();
    // A refresh with such rules still succeeds.
    expect(() => runRefresh(ws.db, { trainIfMissing: false }, quiet)).not.toThrow();
  });
});
