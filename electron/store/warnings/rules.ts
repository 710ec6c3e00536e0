// The rules as the contract shows them (WarningRule): stored columns parsed, the open and
// acknowledged counts, and the problem code of a rule that cannot be evaluated now (compiled
// with the same context as the evaluator, so the Warnings page says what the refresh will skip).
import type { BuiltinWarningRule, WarningRule } from '../../../shared/contract/domains/warnings';
import type { FilterNode } from '../../../shared/query';
import type { Db } from '../database';
import { customerFilterContext, type CustomerFilterContext } from '../segments/filter-context';
import { ruleCounts, ruleRow, ruleRows, type RuleRow } from './rule-rows';
import { compileRuleRow, parseRule } from './rule-where';

/** What a rule whose stored JSON no longer parses shows (its problem says why). */
const UNREADABLE: FilterNode = { kind: 'group', op: 'and', children: [] };

function toRule(row: RuleRow, counts: { open: number; acknowledged: number } | undefined, context: CustomerFilterContext): WarningRule {
  const parsed = parseRule(row);
  const compiled = compileRuleRow(row, context);
  return {
    id: row.id,
    name: row.name,
    builtin: row.builtin as BuiltinWarningRule | null,
    description: row.description,
    target: parsed?.target ?? { kind: 'all' },
    condition: parsed?.condition ?? UNREADABLE,
    severity: row.severity,
    enabled: row.enabled === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    open: counts?.open ?? 0,
    acknowledged: counts?.acknowledged ?? 0,
    problem: compiled.kind === 'problem' ? compiled.problem : null,
  };
}

export function describeRules(db: Db): WarningRule[] {
  const counts = ruleCounts(db);
  const context = customerFilterContext(db);
  return ruleRows(db).map((row) => toRule(row, counts.get(row.id), context));
}

export function describeRule(db: Db, id: number): WarningRule | undefined {
  const row = ruleRow(db, id);
  return row ? toRule(row, ruleCounts(db).get(id), customerFilterContext(db)) : undefined;
}
