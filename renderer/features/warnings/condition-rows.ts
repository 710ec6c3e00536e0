// The rule editor edits a condition as a flat AND list of rows (field × operator × value), the
// shape every default rule of PRODUCT.md §6 has. A stored condition with OR groups or NOT (saved
// by the CLI or a future editor) is not flattened: the editor says so and keeps it as it is.
import { FILTER_OPERATORS, type ChangeDirection, type ConditionNode, type FilterNode, type FilterOperator, type FilterValue } from '../../../shared/query/ast';

export interface ConditionRow {
  /** Stable React key of the row while it is edited. */
  readonly key: string;
  readonly field: string;
  readonly op: FilterOperator;
  readonly value?: FilterValue;
  readonly values?: readonly FilterValue[];
  readonly low?: FilterValue;
  readonly high?: FilterValue;
  readonly amount?: number;
  readonly direction?: ChangeDirection;
}

/** Which payload an operator reads (mirrors the AST's comment in shared/query/ast.ts). */
export type PayloadKind = 'value' | 'values' | 'range' | 'amount' | 'none';

export function payloadKind(op: FilterOperator): PayloadKind {
  switch (op) {
    case 'in':
    case 'not_in':
      return 'values';
    case 'between':
      return 'range';
    case 'in_last_days':
    case 'in_last_months':
    case 'before_days_ago':
      return 'amount';
    case 'is_empty':
    case 'not_empty':
      return 'none';
    default:
      return 'value';
  }
}

let nextKey = 0;
export function newRowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

function rowOf(node: ConditionNode): ConditionRow {
  return {
    key: newRowKey(),
    field: node.field,
    op: node.op,
    ...(node.value !== undefined ? { value: node.value } : {}),
    ...(node.values !== undefined ? { values: node.values } : {}),
    ...(node.low !== undefined ? { low: node.low } : {}),
    ...(node.high !== undefined ? { high: node.high } : {}),
    ...(node.amount !== undefined ? { amount: node.amount } : {}),
    ...(node.direction !== undefined ? { direction: node.direction } : {}),
  };
}

/** The rows of a condition that is one test or an AND of tests; null when it has OR or NOT in it. */
export function rowsFromCondition(node: FilterNode): ConditionRow[] | null {
  if (node.kind === 'condition') return [rowOf(node)];
  if (node.kind === 'not' || node.op !== 'and') return null;
  const rows: ConditionRow[] = [];
  for (const child of node.children) {
    const inner = rowsFromCondition(child);
    // A nested AND flattens without changing the meaning; anything else does not.
    if (inner === null) return null;
    rows.push(...inner);
  }
  return rows;
}

/** Only the payload the operator reads is stored, so a value left over from another operator is not saved. */
export function conditionOfRow(row: ConditionRow): ConditionNode {
  const base = { kind: 'condition' as const, field: row.field, op: row.op };
  switch (payloadKind(row.op)) {
    case 'values':
      return { ...base, values: row.values ?? [] };
    case 'range':
      return { ...base, ...(row.low !== undefined ? { low: row.low } : {}), ...(row.high !== undefined ? { high: row.high } : {}) };
    case 'amount':
      return { ...base, ...(row.amount !== undefined ? { amount: row.amount } : {}) };
    case 'none':
      return base;
    case 'value':
      return {
        ...base,
        ...(row.value !== undefined ? { value: row.value } : {}),
        ...(row.op === 'changed_by' ? { direction: row.direction ?? 'either' } : {}),
      };
  }
}

/** One row is saved as that test; more as an AND group of them. */
export function conditionFromRows(rows: readonly ConditionRow[]): FilterNode {
  if (rows.length === 1 && rows[0]) return conditionOfRow(rows[0]);
  return { kind: 'group', op: 'and', children: rows.map(conditionOfRow) };
}

const blank = (v: FilterValue | undefined): boolean => v === undefined || (typeof v === 'string' && v.trim() === '') || (typeof v === 'number' && !Number.isFinite(v));

/** Whether a row can be saved: a field, and the payload its operator needs. */
export function rowComplete(row: ConditionRow): boolean {
  if (!row.field) return false;
  switch (payloadKind(row.op)) {
    case 'values':
      return (row.values?.length ?? 0) > 0;
    case 'range':
      return !blank(row.low) && !blank(row.high);
    case 'amount':
      return row.amount !== undefined && Number.isInteger(row.amount) && row.amount > 0;
    case 'none':
      return true;
    case 'value':
      return !blank(row.value);
  }
}

export function isFilterOperator(op: string): op is FilterOperator {
  return (FILTER_OPERATORS as readonly string[]).includes(op);
}

/** A new row on a field: its first operator (catalog.describe lists them as plain strings), no value yet. */
export function rowForField(field: string, operators: readonly string[]): ConditionRow {
  const op = operators.find(isFilterOperator) ?? '=';
  return { key: newRowKey(), field, op };
}
