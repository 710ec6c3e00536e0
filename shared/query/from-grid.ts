// The Customers grid speaks AG Grid's filter vocabulary (equals, notBlank, inRange …) over
// catalog field ids; this turns it into the core's filter AST so the grid is compiled by the
// same compiler, with the same NULL rules, as segments and dashboards.
import type { ColumnFilter } from '../contract/operations';
import type { FilterNode } from './ast';

function value(filter: ColumnFilter): string | number {
  if (filter.value === undefined) return '';
  return filter.value;
}

export function gridFilterNode(filter: ColumnFilter): FilterNode {
  const field = filter.column;
  const leaf = (op: Extract<FilterNode, { kind: 'condition' }>['op'], extra: object = {}): FilterNode => ({ kind: 'condition', field, op, ...extra });
  switch (filter.op) {
    case 'blank':
      return leaf('is_empty');
    case 'notBlank':
      return leaf('not_empty');
    case 'contains':
      return leaf('contains', { value: value(filter) });
    case 'notContains':
      return { kind: 'not', child: leaf('contains', { value: value(filter) }) };
    case 'startsWith':
      return leaf('starts_with', { value: value(filter) });
    case 'endsWith':
      return leaf('ends_with', { value: value(filter) });
    case 'equals':
      return leaf('=', { value: value(filter) });
    case 'notEqual':
      return leaf('!=', { value: value(filter) });
    case 'greaterThan':
      return leaf('>', { value: value(filter) });
    case 'greaterThanOrEqual':
      return leaf('>=', { value: value(filter) });
    case 'lessThan':
      return leaf('<', { value: value(filter) });
    case 'lessThanOrEqual':
      return leaf('<=', { value: value(filter) });
    case 'inRange':
      return leaf('between', { low: value(filter), high: filter.valueTo ?? '' });
  }
}

/** Grid filters, a quick-filter text over some text fields, and an optional AST: all must hold. */
export function gridFilter(filters: readonly ColumnFilter[], quick?: { text: string; fields: readonly string[] }, extra?: FilterNode): FilterNode | undefined {
  const children: FilterNode[] = filters.map(gridFilterNode);
  const text = quick?.text.trim();
  if (quick && text) {
    children.push({ kind: 'group', op: 'or', children: quick.fields.map((field) => ({ kind: 'condition', field, op: 'contains', value: text })) });
  }
  if (extra) children.push(extra);
  if (children.length === 0) return undefined;
  return children.length === 1 ? children[0] : { kind: 'group', op: 'and', children };
}
