// Evaluating every enabled warning rule on a new snapshot (after the mart is rebuilt, inside the
// refresh's transaction, or in the warning.evaluate job's own). Set-wise in SQL: each rule's
// matches go to a temp table (one scan of customer_mart per rule), then one statement per
// transition of shared/warnings/state-machine.ts — expire / clear the armed rows that stopped
// matching, hold those that still match, raise the pairs with no armed row — each change with its
// warning_events row. A rule that no longer compiles (a field or segment gone) is skipped with its
// problem code and its warnings are left as they are: a refresh never fails on a rule.
import type { WarningEvaluation, WarningSeverity } from '../../../shared/contract/domains/warnings';
import { armedStatesFor } from '../../../shared/warnings/state-machine';
import type { Db } from '../database';
import { customerFilterContext } from '../segments/filter-context';
import { ruleRows } from './rule-rows';
import { compileRuleRow } from './rule-where';

const quoted = (states: readonly string[]) => states.map((s) => `'${s}'`).join(', ');

/** The newest snapshot (as the mart and the inbox see it), or null before the first refresh. */
export function newestSnapshot(db: Db): { id: number; asOf: string } | null {
  const row = db.prepare('SELECT snapshot_id AS id, as_of AS asOf FROM snapshots ORDER BY as_of DESC, snapshot_id DESC LIMIT 1').get() as { id: number; asOf: string } | undefined;
  return row ?? null;
}

/** Null when the snapshot is not the newest (a backfilled history date raises nothing). */
export function evaluateWarnings(db: Db, snapshotId: number, asOf: string, now = new Date().toISOString()): WarningEvaluation | null {
  const newest = newestSnapshot(db);
  if (!newest || newest.id !== snapshotId) return null;
  return db.transaction(() => {
    db.exec(`DROP TABLE IF EXISTS temp.warning_match;
      DROP TABLE IF EXISTS temp.warning_evaluated;
      CREATE TEMP TABLE warning_match (rule_id INTEGER NOT NULL, customer_id TEXT NOT NULL, PRIMARY KEY (rule_id, customer_id)) WITHOUT ROWID;
      CREATE TEMP TABLE warning_evaluated (rule_id INTEGER PRIMARY KEY);`);
    try {
      const skipped = matchRules(db, snapshotId, asOf);
      return applyTransitions(db, { snapshotId, asOf, now, skipped });
    } finally {
      db.exec('DROP TABLE IF EXISTS temp.warning_match; DROP TABLE IF EXISTS temp.warning_evaluated;');
    }
  })();
}

/** Fills temp.warning_match with every enabled rule's matches; answers the rules skipped. */
function matchRules(db: Db, snapshotId: number, asOf: string): WarningEvaluation['skipped'] {
  const context = customerFilterContext(db, { asOf });
  const skipped: WarningEvaluation['skipped'] = [];
  const evaluated = db.prepare('INSERT INTO temp.warning_evaluated (rule_id) VALUES (?)');
  for (const row of ruleRows(db)) {
    if (!row.enabled) continue;
    const compiled = compileRuleRow(row, context);
    if (compiled.kind === 'problem') {
      skipped.push({ ruleId: row.id, problem: compiled.problem });
      continue;
    }
    // The rule id and snapshot id are integers from the database, inline so the filter's own placeholders stay in order.
    db.prepare(
      `INSERT INTO temp.warning_match (rule_id, customer_id)
       SELECT ${Math.trunc(row.id)}, customer_id FROM customer_mart WHERE snapshot_id = ${Math.trunc(snapshotId)} AND ${compiled.where.sql}`,
    ).run(...compiled.where.params);
    evaluated.run(row.id);
  }
  return skipped;
}

const MATCHED = `EXISTS (SELECT 1 FROM temp.warning_match m WHERE m.rule_id = warnings.rule_id AND m.customer_id = warnings.customer_id)`;
const ARMED_OF_EVALUATED = `cleared_snapshot_id IS NULL AND rule_id IN (SELECT rule_id FROM temp.warning_evaluated)`;

interface Run {
  readonly snapshotId: number;
  readonly asOf: string;
  readonly now: string;
  readonly skipped: WarningEvaluation['skipped'];
}

function applyTransitions(db: Db, run: Run): WarningEvaluation {
  const p = { sid: run.snapshotId, asOf: run.asOf, now: run.now };
  // Stopped holding: open / acknowledged expire, resolved ones clear (state kept). Both re-arm.
  const stopped = (transition: 'expire' | 'clear', action: 'expired' | 'rearmed', toState: string) => {
    const states = quoted(armedStatesFor(transition, false));
    const where = `${ARMED_OF_EVALUATED} AND state IN (${states}) AND NOT ${MATCHED}`;
    db.prepare(
      `INSERT INTO warning_events (warning_id, at, action, from_state, to_state, assignee)
       SELECT id, :now, '${action}', state, ${toState}, assignee FROM warnings WHERE ${where}`,
    ).run(p);
    return db.prepare(`UPDATE warnings SET state = ${toState}, cleared_snapshot_id = :sid, updated_at = :now WHERE ${where}`).run(p).changes;
  };
  const expired = stopped('expire', 'expired', `'expired'`);
  stopped('clear', 'rearmed', 'state');
  // Still holding: seen again, nobody alerted (no event: nothing changed for a person).
  const held = db
    .prepare(
      `UPDATE warnings SET last_seen_snapshot_id = :sid, last_seen_on = :asOf
       WHERE ${ARMED_OF_EVALUATED} AND state IN (${quoted(armedStatesFor('hold', true))}) AND ${MATCHED}`,
    )
    .run({ sid: p.sid, asOf: p.asOf }).changes;
  // Holding with no armed row: fires, routed to the customer's owner.
  const before = db.prepare('SELECT coalesce(max(id), 0) FROM warnings').pluck().get() as number;
  db.prepare(
    `INSERT INTO warnings (rule_id, customer_id, state, severity, owner, assignee, fired_snapshot_id, fired_on, last_seen_snapshot_id, last_seen_on, note, updated_at)
     SELECT m.rule_id, m.customer_id, 'open', r.severity, nullif(c.owner, ''), nullif(c.owner, ''), :sid, :asOf, :sid, :asOf, '', :now
     FROM temp.warning_match m
     JOIN warning_rules r ON r.id = m.rule_id
     JOIN customer_mart c ON c.customer_id = m.customer_id
     WHERE NOT EXISTS (SELECT 1 FROM warnings w WHERE w.rule_id = m.rule_id AND w.customer_id = m.customer_id AND w.cleared_snapshot_id IS NULL)
     ORDER BY m.rule_id, m.customer_id`,
  ).run(p);
  db.prepare(
    `INSERT INTO warning_events (warning_id, at, action, from_state, to_state, assignee)
     SELECT id, ?, 'raised', NULL, 'open', assignee FROM warnings WHERE id > ?`,
  ).run(run.now, before);
  const bySeverity = { high: 0, medium: 0, low: 0 } satisfies Record<WarningSeverity, number>;
  for (const r of db.prepare('SELECT severity, count(*) AS n FROM warnings WHERE id > ? GROUP BY severity').all(before) as { severity: WarningSeverity; n: number }[]) {
    bySeverity[r.severity] = r.n;
  }
  const raised = bySeverity.high + bySeverity.medium + bySeverity.low;
  const evaluation: WarningEvaluation = { snapshotId: run.snapshotId, asOf: run.asOf, raised, raisedBySeverity: bySeverity, expired, held, skipped: run.skipped };
  record(db, evaluation, run.now);
  return evaluation;
}

/**
 * One row per snapshot: evaluating the same snapshot again (warning.evaluate after a new rule)
 * adds what it raised and expired, so "raised by the newest refresh" keeps counting the first
 * run's warnings too; `detail` is the latest run alone (the notification's numbers). The snapshot's summary keeps the latest run as `warningEvaluation` (its
 * `warnings` key is already the refresh's own SnapshotWarning list).
 */
function record(db: Db, evaluation: WarningEvaluation, now: string): void {
  const detail = JSON.stringify({ raised: evaluation.raised, raisedBySeverity: evaluation.raisedBySeverity, skipped: evaluation.skipped });
  db.prepare(
    `INSERT INTO warning_evaluations (snapshot_id, as_of, evaluated_at, raised, expired, held, detail) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (snapshot_id) DO UPDATE SET evaluated_at = excluded.evaluated_at, raised = raised + excluded.raised,
       expired = expired + excluded.expired, held = excluded.held, detail = excluded.detail`,
  ).run(evaluation.snapshotId, evaluation.asOf, now, evaluation.raised, evaluation.expired, evaluation.held, detail);
  db.prepare(`UPDATE snapshots SET summary = json_set(coalesce(summary, '{}'), '$.warningEvaluation', json(?)) WHERE snapshot_id = ?`).run(
    JSON.stringify(evaluation),
    evaluation.snapshotId,
  );
}
