// Draft ⇄ filter AST. A draft becomes a rule only when every condition is complete; otherwise
// the builder reports which condition is unfinished and sends no rule (the live panel waits).
// Empty nested groups are drafts in progress, not rules: they are left out of the rule.
import {
  MAX_IN_VALUES,
  MAX_RELATIVE_DAYS,
  MAX_RELATIVE_MONTHS,
  type ConditionNode,
  type FilterNode,
  type FilterOperator,
  type FilterValue,
  type GroupNode,
} from '../../../../shared/query/ast';
import { ROOT_ID, type Draft, type DraftCondition, type DraftGroup, type DraftNode } from './draft';

const VALUE_OPS = new Set<FilterOperator>(['=', '!=', '<', '<=', '>', '>=', 'contains', 'starts_with', 'ends_with', 'changed_by']);
const LIST_OPS = new Set<FilterOperator>(['in', 'not_in']);
const AMOUNT_RANGE: Partial<Record<FilterOperator, readonly [number, number]>> = {
  in_last_days: [1, MAX_RELATIVE_DAYS],
  in_last_months: [1, MAX_RELATIVE_MONTHS],
  before_days_ago: [0, MAX_RELATIVE_DAYS],
};

/** Which payload an operator reads: the value picker shows exactly that. */
export type PayloadKind = 'value' | 'values' | 'range' | 'amount' | 'none';

export function payloadKind(op: FilterOperator): PayloadKind {
  if (LIST_OPS.has(op)) return 'values';
  if (op === 'between') return 'range';
  if (AMOUNT_RANGE[op]) return 'amount';
  if (VALUE_OPS.has(op)) return 'value';
  return 'none';
}

export function amountRange(op: FilterOperator): readonly [number, number] | undefined {
  return AMOUNT_RANGE[op];
}

const present = (value: unknown): boolean => value !== undefined && value !== '';

/** The condition as an AST node carrying only what its operator reads, or null while unfinished. */
export function conditionToFilter(node: DraftCondition): ConditionNode | null {
  const { field, op } = node;
  switch (payloadKind(op)) {
    case 'none':
      return { kind: 'condition', field, op };
    case 'value':
      if (!present(node.value) || node.value === undefined) return null;
      if (op === 'changed_by') return { kind: 'condition', field, op, value: node.value, direction: node.direction ?? 'either' };
      return { kind: 'condition', field, op, value: node.value };
    case 'values':
      if (!node.values || node.values.length === 0 || node.values.length > MAX_IN_VALUES) return null;
      return { kind: 'condition', field, op, values: node.values };
    case 'range':
      if (!present(node.low) || !present(node.high) || node.low === undefined || node.high === undefined) return null;
      return { kind: 'condition', field, op, low: node.low, high: node.high };
    case 'amount': {
      const [min, max] = AMOUNT_RANGE[op] ?? [0, 0];
      const { amount } = node;
      if (amount === undefined || !Number.isInteger(amount) || amount < min || amount > max) return null;
      return { kind: 'condition', field, op, amount };
    }
  }
}

export type DraftRule = { readonly filter: FilterNode; readonly incomplete: null } | { readonly filter: null; readonly incomplete: string | null };

/**
 * The rule of a draft: `{filter}` when complete; `{filter: null, incomplete: id}` naming the first
 * unfinished condition; `{filter: null, incomplete: null}` when the canvas holds no condition.
 */
export function draftToFilter(draft: Draft): DraftRule {
  let incomplete: string | null = null;
  const visit = (node: DraftNode): FilterNode | null => {
    if (node.kind === 'condition') {
      const condition = conditionToFilter(node);
      if (!condition) incomplete ??= node.id;
      return condition;
    }
    const children: FilterNode[] = [];
    for (const child of node.children) {
      const converted = visit(child);
      if (converted) children.push(converted);
    }
    if (children.length === 0) return null;
    const group: GroupNode = { kind: 'group', op: node.op, children };
    return node.not ? { kind: 'not', child: group } : group;
  };
  const filter = visit(draft.root);
  if (incomplete !== null) return { filter: null, incomplete };
  return filter ? { filter, incomplete: null } : { filter: null, incomplete: null };
}

/** Every customer: customer_id is the mart's key and never empty. The live panel's baseline. */
export const ALL_CUSTOMERS: FilterNode = { kind: 'condition', field: 'customer_id', op: 'not_empty' };

export interface PreviewRule {
  readonly filter: FilterNode;
  /** Unfinished conditions were left out (the panel says so). */
  readonly partial: boolean;
  /** Nothing complete yet: the filter is ALL_CUSTOMERS, the count the total. */
  readonly baseline: boolean;
}

/**
 * What the live panel counts: the draft without its unfinished conditions, so the count stays on
 * screen (all customers at first) while a value is being chosen. Null on an empty canvas.
 */
export function previewRule(draft: Draft): PreviewRule | null {
  let partial = false;
  let conditions = 0;
  const visit = (node: DraftNode): FilterNode | null => {
    if (node.kind === 'condition') {
      conditions += 1;
      const condition = conditionToFilter(node);
      if (!condition) partial = true;
      return condition;
    }
    const children = node.children.map(visit).filter((child): child is FilterNode => child !== null);
    if (children.length === 0) return null;
    const group: GroupNode = { kind: 'group', op: node.op, children };
    return node.not ? { kind: 'not', child: group } : group;
  };
  const filter = visit(draft.root);
  if (conditions === 0) return null;
  return filter ? { filter, partial, baseline: false } : { filter: ALL_CUSTOMERS, partial, baseline: true };
}

/**
 * A rule as a draft with ids from `nextId` on. The root is always a group (a rule that is one
 * condition becomes an AND of it); NOT over a group becomes the group's NOT flag, NOT over a
 * condition a NOT group of that one condition (at the top: the root's NOT), a double NOT cancels out.
 */
export function filterToDraft(filter: FilterNode | undefined, nextId = 1): Draft {
  let counter = nextId;
  const id = (): string => `n${counter++}`;
  const group = (node: GroupNode, not: boolean, groupId: string): DraftGroup => ({
    kind: 'group',
    id: groupId,
    op: node.op,
    not,
    children: node.children.map((child) => toNode(child, false)),
  });
  const toNode = (node: FilterNode, not: boolean): DraftNode => {
    switch (node.kind) {
      case 'not':
        return toNode(node.child, !not);
      case 'group':
        return group(node, not, id());
      case 'condition': {
        const condition: DraftCondition = { ...node, id: id() };
        return not ? { kind: 'group', id: id(), op: 'and', not: true, children: [condition] } : condition;
      }
    }
  };
  if (!filter) return { root: { kind: 'group', id: ROOT_ID, op: 'and', not: false, children: [] }, nextId: counter };
  let not = false;
  let top = filter;
  while (top.kind === 'not') {
    not = !not;
    top = top.child;
  }
  const root: DraftGroup = top.kind === 'group' ? group(top, not, ROOT_ID) : { kind: 'group', id: ROOT_ID, op: 'and', not, children: [toNode(top, false)] };
  return { root, nextId: counter };
}

/**
 * The patch for switching a condition's operator, carrying what was chosen across when the new
 * operator reads it differently ("is" 华东 → "is one of" [华东], a range's low → "at least").
 */
export function switchOperator(node: DraftCondition, op: FilterOperator): ConditionPatchForOp {
  const from = payloadKind(node.op);
  const to = payloadKind(op);
  const patch: { op: FilterOperator } & ConditionPatchForOp = { op };
  if (to === 'values' && (node.values ?? []).length === 0) {
    const carried = from === 'value' ? node.value : from === 'range' ? node.low : undefined;
    patch.values = carried === undefined || carried === '' ? [] : [carried];
  }
  if (to === 'value' && !present(node.value)) {
    const carried = from === 'values' ? node.values?.[0] : from === 'range' ? node.low : undefined;
    if (carried !== undefined) patch.value = carried;
  }
  if (to === 'range' && !present(node.low) && from === 'value' && present(node.value)) patch.low = node.value;
  if (to === 'amount' && node.amount === undefined) patch.amount = op === 'in_last_months' ? 3 : op === 'before_days_ago' ? 90 : 30;
  return patch;
}

export interface ConditionPatchForOp {
  op?: FilterOperator;
  value?: FilterValue;
  values?: readonly FilterValue[];
  low?: FilterValue;
  amount?: number;
}
