// A rule as the customers it watches and fires on: its target (everyone, or a saved segment as
// the catalog's saved_segment condition, so a deleted segment is the core's UNKNOWN_SEGMENT) and
// its condition, compiled together with the segments' filter context into a WHERE over
// customer_mart. Whatever the rule says, a churned or unscored customer never fires: warnings
// are about customers who can still be kept, on the scores of the newest snapshot.
import { WarningTargetSchema, type WarningTarget } from '../../../shared/contract/domains/warnings';
import { FilterNodeSchema, type FilterNode } from '../../../shared/query';
import { isQueryError } from '../../../shared/query/errors';
import { compileCustomerFilter, type CustomerFilterContext } from '../segments/filter-context';
import type { WhereSql } from './filter-where';
import type { RuleRow } from './rule-rows';

/** The customers a rule may fire on (no alias, over customer_mart). */
export const ELIGIBLE_SQL = `lifecycle <> 'churned' AND health_score IS NOT NULL`;

export interface ParsedRule {
  readonly target: WarningTarget;
  readonly condition: FilterNode;
}

export type RuleCompilation = { readonly kind: 'ok'; readonly where: WhereSql } | { readonly kind: 'problem'; readonly problem: string };

/** Stored JSON that no longer parses is a problem like the others, never a crash. */
export function parseRule(row: Pick<RuleRow, 'target' | 'condition'>): ParsedRule | null {
  try {
    const target = WarningTargetSchema.safeParse(JSON.parse(row.target));
    const condition = FilterNodeSchema.safeParse(JSON.parse(row.condition));
    return target.success && condition.success ? { target: target.data, condition: condition.data } : null;
  } catch {
    return null;
  }
}

/** Target and condition as one filter AST: a segment target is a membership condition beside the rule's. */
export function ruleFilter(rule: ParsedRule): FilterNode {
  if (rule.target.kind === 'all') return rule.condition;
  return {
    kind: 'group',
    op: 'and',
    children: [{ kind: 'condition', field: 'saved_segment', op: 'in', values: [rule.target.segmentId] }, rule.condition],
  };
}

/** Throws the QueryError of a rule that does not compile (the service reports invalidQuery). */
export function compileRule(rule: ParsedRule, context: CustomerFilterContext): WhereSql {
  const compiled = compileCustomerFilter(ruleFilter(rule), context);
  return { sql: `${ELIGIBLE_SQL} AND (${compiled.sql})`, params: compiled.params };
}

/** A stored rule's WHERE, or its problem code (a QueryError's code, or INVALID_FILTER for JSON that no longer parses). */
export function compileRuleRow(row: Pick<RuleRow, 'target' | 'condition'>, context: CustomerFilterContext): RuleCompilation {
  const parsed = parseRule(row);
  if (!parsed) return { kind: 'problem', problem: 'INVALID_FILTER' };
  try {
    return { kind: 'ok', where: compileRule(parsed, context) };
  } catch (error) {
    if (isQueryError(error)) return { kind: 'problem', problem: error.code };
    throw error;
  }
}
