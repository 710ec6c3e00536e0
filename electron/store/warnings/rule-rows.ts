// Statements over warning_rules: the rules as stored (target and condition as JSON text).
// Interpretation (parsing, compiling) lives in rule-where.ts; the contract's shape in rules.ts.
import type { Db } from '../database';

export interface RuleRow {
  readonly id: number;
  readonly builtin: string | null;
  readonly name: string | null;
  readonly description: string;
  readonly target: string;
  readonly condition: string;
  readonly severity: 'high' | 'medium' | 'low';
  readonly enabled: 0 | 1;
  readonly created_at: string;
  readonly updated_at: string;
}

export interface RuleWrite {
  /** Null keeps a built-in's translated name (insertRuleRow always has one: new rules are never built-in). */
  readonly name: string | null;
  readonly description: string;
  readonly target: string;
  readonly condition: string;
  readonly severity: 'high' | 'medium' | 'low';
  readonly enabled: boolean;
}

const COLUMNS = 'id, builtin, name, description, target, condition, severity, enabled, created_at, updated_at';

/** Built-ins first in their seeded order, then the user's rules in the order they were made. */
export function ruleRows(db: Db): RuleRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM warning_rules ORDER BY builtin IS NULL, id`).all() as RuleRow[];
}

export function ruleRow(db: Db, id: number): RuleRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM warning_rules WHERE id = ?`).get(id) as RuleRow | undefined;
}

/** Names compare ignoring ASCII case (a built-in nobody renamed has no stored name). */
export function ruleRowByName(db: Db, name: string): RuleRow | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM warning_rules WHERE name = ? COLLATE NOCASE`).get(name) as RuleRow | undefined;
}

export function insertRuleRow(db: Db, row: RuleWrite, now: string): number {
  const result = db
    .prepare(`INSERT INTO warning_rules (builtin, name, description, target, condition, severity, enabled, created_at, updated_at) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(row.name, row.description, row.target, row.condition, row.severity, row.enabled ? 1 : 0, now, now);
  return Number(result.lastInsertRowid);
}

export function updateRuleRow(db: Db, id: number, row: RuleWrite, now: string): void {
  db.prepare(`UPDATE warning_rules SET name = ?, description = ?, target = ?, condition = ?, severity = ?, enabled = ?, updated_at = ? WHERE id = ?`).run(
    row.name,
    row.description,
    row.target,
    row.condition,
    row.severity,
    row.enabled ? 1 : 0,
    now,
    id,
  );
}

/** The rule's warnings and their events go with it (ON DELETE CASCADE). */
export function deleteRuleRow(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM warning_rules WHERE id = ?').run(id).changes > 0;
}

/** Open and acknowledged warnings per rule. */
export function ruleCounts(db: Db): Map<number, { open: number; acknowledged: number }> {
  const rows = db
    .prepare(
      `SELECT rule_id AS id, sum(state = 'open') AS open, sum(state = 'acknowledged') AS acknowledged
       FROM warnings WHERE state IN ('open', 'acknowledged') GROUP BY rule_id`,
    )
    .all() as { id: number; open: number; acknowledged: number }[];
  return new Map(rows.map((r) => [r.id, { open: r.open, acknowledged: r.acknowledged }]));
}
