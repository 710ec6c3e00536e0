// The inbox's page of warnings: each warning with its rule and the customer's newest scores (from
// customer_mart), filtered by warningFilterWhere, sorted (most severe and newest first unless the
// page asks otherwise), with the total and the names its owner filter offers. The export by owner
// reads the same rows through warningRows.
import type { WarningFilter, WarningRow, WarningSeverity, WarningState, BuiltinWarningRule } from '../../../shared/contract/domains/warnings';
import { WARNING_SORT_KEYS } from '../../../shared/contract/domains/warnings';
import type { Db } from '../database';
import { NEWEST_EVALUATION_SQL, warningFilterWhere } from './filter-where';

export type WarningSortKey = (typeof WARNING_SORT_KEYS)[number];
export interface WarningSort {
  readonly key: WarningSortKey;
  readonly direction: 'asc' | 'desc';
}

const SEVERITY_RANK = `CASE w.severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END`;

/** Sort expressions by key; nulls (an unscored customer, no owner) always last. */
const SORT_SQL: Record<WarningSortKey, string> = {
  severity: SEVERITY_RANK,
  firedOn: 'w.fired_on',
  healthScore: 'm.health_score',
  churnProbability: 'm.churn_probability',
  clv: 'm.clv',
  owner: 'coalesce(w.assignee, w.owner)',
  customerId: 'w.customer_id',
};

const DEFAULT_SORT: readonly WarningSort[] = [
  { key: 'severity', direction: 'desc' },
  { key: 'firedOn', direction: 'desc' },
];

const SELECT = `SELECT w.id, w.rule_id AS ruleId, r.name AS ruleName, r.builtin AS ruleBuiltin, w.severity, w.state, w.customer_id AS customerId,
  coalesce(m.name, c.name) AS customerName, w.owner, w.assignee, w.fired_on AS firedOn, w.last_seen_on AS lastSeenOn,
  m.health_score AS healthScore, m.tier, m.churn_probability AS churnProbability, m.clv, m.value_risk AS valueRisk, m.top_reason AS topReason,
  w.note, w.updated_at AS updatedAt, coalesce(w.fired_snapshot_id = ${NEWEST_EVALUATION_SQL}, 0) AS isNew
FROM warnings w
JOIN warning_rules r ON r.id = w.rule_id
LEFT JOIN customer_mart m ON m.customer_id = w.customer_id
LEFT JOIN customers c ON c.customer_id = w.customer_id`;

interface RawRow extends Omit<WarningRow, 'isNew' | 'ruleBuiltin' | 'severity' | 'state'> {
  ruleBuiltin: string | null;
  severity: string;
  state: string;
  isNew: number;
}

const toRow = (r: RawRow): WarningRow => ({
  ...r,
  ruleBuiltin: r.ruleBuiltin as BuiltinWarningRule | null,
  severity: r.severity as WarningSeverity,
  state: r.state as WarningState,
  isNew: r.isNew === 1,
});

function orderBy(sort: readonly WarningSort[]): string {
  const terms = sort.map((s) => `${SORT_SQL[s.key]} IS NULL, ${SORT_SQL[s.key]} ${s.direction === 'asc' ? 'ASC' : 'DESC'}`);
  return `ORDER BY ${[...terms, 'w.id DESC'].join(', ')}`;
}

export function warningPage(
  db: Db,
  input: { readonly filter: WarningFilter; readonly sort?: WarningSort; readonly offset: number; readonly limit: number },
): { rows: WarningRow[]; total: number } {
  const where = warningFilterWhere(db, input.filter);
  const sort = input.sort ? [input.sort] : DEFAULT_SORT;
  const rows = db.prepare(`${SELECT} WHERE ${where.sql} ${orderBy(sort)} LIMIT ? OFFSET ?`).all(...where.params, input.limit, input.offset) as RawRow[];
  const total = db
    .prepare(`SELECT count(*) FROM warnings w WHERE ${where.sql}`)
    .pluck()
    .get(...where.params) as number;
  return { rows: rows.map(toRow), total };
}

/** Who works a warning: the assignee, else the customer's owner (null: nobody). */
const WORKER = 'coalesce(w.assignee, w.owner)';

/** The owners of the warnings matching the filter (who works each: assignee, else owner), by name, nobody last, with their counts. */
export function workerGroups(db: Db, filter: WarningFilter): { owner: string | null; rows: number }[] {
  const where = warningFilterWhere(db, filter);
  return db.prepare(`SELECT ${WORKER} AS owner, count(*) AS rows FROM warnings w WHERE ${where.sql} GROUP BY 1 ORDER BY owner IS NULL, owner`).all(...where.params) as {
    owner: string | null;
    rows: number;
  }[];
}

/** One page of one owner's warnings (workerGroups' owner), in the inbox's order. */
export function workerPage(db: Db, filter: WarningFilter, owner: string | null, offset: number, limit: number): WarningRow[] {
  const where = warningFilterWhere(db, filter);
  const rows = db.prepare(`${SELECT} WHERE ${where.sql} AND ${WORKER} IS ? ${orderBy(DEFAULT_SORT)} LIMIT ? OFFSET ?`).all(...where.params, owner, limit, offset) as RawRow[];
  return rows.map(toRow);
}

/** Every owner and assignee that a warning names, for the inbox's owner filter. */
export function warningOwners(db: Db): string[] {
  return db
    .prepare(`SELECT owner AS name FROM warnings WHERE owner IS NOT NULL UNION SELECT assignee FROM warnings WHERE assignee IS NOT NULL ORDER BY name`)
    .pluck()
    .all() as string[];
}
