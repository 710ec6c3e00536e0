// Filter AST → SQL boolean expression: lower to the core (lower.ts), then print the core
// with the dialect. All semantics are decided in lowering; this file only prints.
import type { FieldDef } from '../catalog/types';
import type { FilterNode } from './ast';
import { renderSql, type Dialect } from './dialect';
import { join, raw, sql, type Fragment, type RenderedSql } from './fragment';
import { lowerFilter, type CoreNode, type CoreValue, type Operand } from './lower';
import { MEMBER_KEY_COLUMN, MEMBER_LIST_COLUMN, MEMBER_TABLE, type SegmentResolver } from './segment-ref';

export interface CompileFilterOptions {
  readonly resolveField: (id: string) => FieldDef | undefined;
  readonly dialect: Dialect;
  /** The snapshot date 'YYYY-MM-DD' that relative dates count from. */
  readonly asOf: string;
  /** Qualifies every column as "alias"."column". */
  readonly alias?: string;
  /** Saved segments by reference (lower.ts). */
  readonly resolveSegment?: SegmentResolver;
}

/**
 * The filter as an unrendered fragment, for embedding in a larger statement. It is one
 * self-contained expression (compound conditions come parenthesized).
 */
export function compileFilterFragment(node: FilterNode, options: CompileFilterOptions): Fragment {
  return printCore(lowerFilter(node, options), options.dialect, options.alias);
}

/** The filter as SQL text with placeholders rendered, and its bound values in order. */
export function compileFilter(node: FilterNode, options: CompileFilterOptions): RenderedSql {
  return renderSql(compileFilterFragment(node, options), options.dialect);
}

const COMPARE_SQL = { '=': '=', '<>': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' } as const;

export function printCore(node: CoreNode, dialect: Dialect, alias?: string): Fragment {
  const column = (name: string): Fragment => (alias === undefined ? dialect.identifier(name) : sql`${dialect.identifier(alias)}.${dialect.identifier(name)}`);

  const operand = (op: Operand): Fragment => {
    if (op.kind === 'column') {
      return op.attributeKey === undefined ? column(op.column) : dialect.jsonText(column(op.column), op.attributeKey);
    }
    const [cur, prev] = [column(op.column), column(op.previous)];
    if (op.direction === 'up') return sql`(${cur} - ${prev})`;
    if (op.direction === 'down') return sql`(${prev} - ${cur})`;
    return sql`abs(${cur} - ${prev})`;
  };

  // Dates compare as dates (a cast on PostgreSQL); everything else as it is stored.
  const left = (op: Operand, value: CoreValue): Fragment => (value.type === 'date' ? dialect.asDate(operand(op)) : operand(op));
  const right = (value: CoreValue): Fragment => (value.type === 'date' ? dialect.dateValue(value.value) : dialect.value(value.value));

  // A change is NULL when either snapshot's value is: an OR of two tests (an AND when
  // negated), parenthesized unless it sits in a list joined by that same connective.
  const isNull = (op: Operand, negated: boolean, within?: 'and' | 'or'): Fragment => {
    const test = raw(negated ? 'IS NOT NULL' : 'IS NULL');
    if (op.kind === 'column') return sql`${operand(op)} ${test}`;
    const connective = negated ? 'and' : 'or';
    const both = join([sql`${column(op.column)} ${test}`, sql`${column(op.previous)} ${test}`], negated ? ' AND ' : ' OR ');
    return within === connective ? both : sql`(${both})`;
  };

  const print = (current: CoreNode, within?: 'and' | 'or'): Fragment => {
    switch (current.kind) {
      case 'const':
        return dialect.booleanLiteral(current.value);
      case 'and':
      case 'or': {
        const kind = current.kind;
        return sql`(${join(
          current.items.map((item) => print(item, kind)),
          kind === 'and' ? ' AND ' : ' OR ',
        )})`;
      }
      case 'null':
        return isNull(current.operand, current.negated, within);
      case 'compare':
        return sql`${left(current.operand, current.value)} ${raw(COMPARE_SQL[current.op])} ${right(current.value)}`;
      case 'distinct':
        return dialect.isDistinctFrom(left(current.operand, current.value), right(current.value));
      case 'in': {
        const first = current.values[0];
        const list = join(current.values.map(right), ', ');
        const target = first ? left(current.operand, first) : operand(current.operand);
        return sql`${target} ${raw(current.negated ? 'NOT IN' : 'IN')} (${list})`;
      }
      case 'like':
        return dialect.like(operand(current.operand), current.text, current.match, current.negated);
      case 'member': {
        const id = (name: string) => dialect.identifier(name);
        const list = sql`SELECT ${id(MEMBER_KEY_COLUMN)} FROM ${id(MEMBER_TABLE)} WHERE ${id(MEMBER_LIST_COLUMN)} = ${dialect.value(current.listId)}`;
        return sql`${column(MEMBER_KEY_COLUMN)} ${raw(current.negated ? 'NOT IN' : 'IN')} (${list})`;
      }
    }
  };

  return print(node);
}
