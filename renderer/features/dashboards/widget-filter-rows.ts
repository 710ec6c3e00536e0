// The compact per-widget filter editor works on rows (field, operator, value) ANDed together;
// these convert between the rows and the widget's filter AST. A filter the rows cannot express
// (OR groups, NOT) is kept untouched and the editor says so.
import type { FilterNode, FilterOperator } from '../../../shared/query/ast';

export const ROW_OPERATORS = ['=', '!=', 'in', 'not_in', '>', '>=', '<', '<=', 'contains', 'is_empty', 'not_empty'] as const satisfies readonly FilterOperator[];
export type RowOperator = (typeof ROW_OPERATORS)[number];

export interface FilterRow {
  readonly field: string;
  readonly op: RowOperator;
  /** Comma-separated for in / not_in. */
  readonly text: string;
}

function isRowOp(op: string): op is RowOperator {
  return (ROW_OPERATORS as readonly string[]).includes(op);
}

function rowOf(node: FilterNode): FilterRow | null {
  if (node.kind !== 'condition' || !isRowOp(node.op)) return null;
  const text = node.values ? node.values.map(String).join(', ') : node.value === undefined ? '' : String(node.value);
  return { field: node.field, op: node.op, text };
}

/** The rows of a filter, or null when it is not a plain AND of conditions. */
export function rowsOf(filter: FilterNode | undefined): FilterRow[] | null {
  if (!filter) return [];
  if (filter.kind === 'group' && filter.op === 'and') {
    const rows = filter.children.map(rowOf);
    return rows.every((r): r is FilterRow => r !== null) ? rows : null;
  }
  const one = rowOf(filter);
  return one ? [one] : null;
}

function typed(text: string, numeric: boolean): string | number {
  const n = Number(text);
  return numeric && text.trim() !== '' && Number.isFinite(n) ? n : text.trim();
}

/** Rows back to a filter; incomplete rows (no field, no value where one is needed) are skipped. */
export function filterOf(rows: readonly FilterRow[], isNumeric: (field: string) => boolean): FilterNode | undefined {
  const nodes: FilterNode[] = [];
  for (const row of rows) {
    if (!row.field) continue;
    const numeric = isNumeric(row.field);
    if (row.op === 'is_empty' || row.op === 'not_empty') nodes.push({ kind: 'condition', field: row.field, op: row.op });
    else if (row.op === 'in' || row.op === 'not_in') {
      const values = row.text
        .split(/[,，]/)
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => typed(s, numeric));
      if (values.length) nodes.push({ kind: 'condition', field: row.field, op: row.op, values });
    } else if (row.text.trim() !== '') nodes.push({ kind: 'condition', field: row.field, op: row.op, value: typed(row.text, numeric) });
  }
  if (nodes.length === 0) return undefined;
  return nodes.length === 1 ? nodes[0] : { kind: 'group', op: 'and', children: nodes };
}
