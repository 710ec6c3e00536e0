// The lowered core of a filter (lower.ts): operands, typed values and the few node kinds every
// engine evaluates — SQL through a dialect, the columnar engine over typed arrays — and the
// algebra that keeps it small: complement (NOT pushed to a leaf, two-valued) and flattening,
// constant-folding AND / OR. Pure (no Node, no DOM).
import type { ChangeDirection } from './ast';
import type { LikeMatch } from './dialect';

export type Operand =
  /** A column of the source table, or the text of one key of its JSON column. */
  | { readonly kind: 'column'; readonly column: string; readonly attributeKey?: string }
  /** cur − prev (up), prev − cur (down) or |cur − prev| (any); NULL when either is NULL. */
  | { readonly kind: 'change'; readonly column: string; readonly previous: string; readonly direction: ChangeDirection };

export type CoreValue =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'date'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean };

export type CompareOp = '=' | '<>' | '<' | '<=' | '>' | '>=';

export type CoreNode =
  | { readonly kind: 'const'; readonly value: boolean }
  | { readonly kind: 'and' | 'or'; readonly items: readonly CoreNode[] }
  /** IS NULL (negated: IS NOT NULL). */
  | { readonly kind: 'null'; readonly operand: Operand; readonly negated: boolean }
  /** FALSE for NULL. */
  | { readonly kind: 'compare'; readonly operand: Operand; readonly op: CompareOp; readonly value: CoreValue }
  /** IS DISTINCT FROM: TRUE for NULL. */
  | { readonly kind: 'distinct'; readonly operand: Operand; readonly value: CoreValue }
  /** IN / NOT IN over ≥ 2 distinct values of one type; FALSE for NULL either way. */
  | { readonly kind: 'in'; readonly operand: Operand; readonly values: readonly CoreValue[]; readonly negated: boolean }
  /** LIKE / NOT LIKE of the ASCII-folded operand against ASCII-folded `text`; FALSE for NULL. */
  | { readonly kind: 'like'; readonly operand: Operand; readonly text: string; readonly match: LikeMatch; readonly negated: boolean }
  /**
   * The customer is (negated: is not) in the static list `listId` (segment_list_members). The
   * customer key is never NULL, so the negation is the exact complement.
   */
  | { readonly kind: 'member'; readonly listId: number; readonly negated: boolean };

export const TRUE: CoreNode = { kind: 'const', value: true };
export const FALSE: CoreNode = { kind: 'const', value: false };

const FLIPPED: Record<Exclude<CompareOp, '='>, CompareOp> = { '<>': '=', '<': '>=', '<=': '>', '>': '<=', '>=': '<' };

/** The exact complement under two-valued semantics: TRUE where `node` is FALSE, NULLs included. */
export function complement(node: CoreNode): CoreNode {
  const isNull: (operand: Operand) => CoreNode = (operand) => ({ kind: 'null', operand, negated: false });
  switch (node.kind) {
    case 'const':
      return node.value ? FALSE : TRUE;
    case 'and':
      return or(node.items.map(complement));
    case 'or':
      return and(node.items.map(complement));
    case 'null':
    case 'member':
      return { ...node, negated: !node.negated };
    case 'compare':
      if (node.op === '=') return { kind: 'distinct', operand: node.operand, value: node.value };
      return or([isNull(node.operand), { ...node, op: FLIPPED[node.op] }]);
    case 'distinct':
      return { kind: 'compare', operand: node.operand, op: '=', value: node.value };
    case 'in':
    case 'like':
      return or([isNull(node.operand), { ...node, negated: !node.negated }]);
  }
}

function operandKey(operand: Operand): string {
  return JSON.stringify(operand);
}

function nodeKey(node: CoreNode): string {
  return JSON.stringify(node);
}

/** Leaves that are FALSE when their operand is NULL, i.e. imply `operand IS NOT NULL`. */
function nullExcludedBy(node: CoreNode): string | undefined {
  if (node.kind === 'compare' || node.kind === 'in' || node.kind === 'like') return operandKey(node.operand);
  if (node.kind === 'null' && node.negated) return operandKey(node.operand);
  return undefined;
}

function isNullOf(node: CoreNode, negated: boolean): string | undefined {
  return node.kind === 'null' && node.negated === negated ? operandKey(node.operand) : undefined;
}

function flatten(kind: 'and' | 'or', items: readonly CoreNode[]): CoreNode[] {
  const seen = new Set<string>();
  const out: CoreNode[] = [];
  for (const item of items.flatMap((i) => (i.kind === kind ? i.items : [i]))) {
    const key = nodeKey(item);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

/**
 * Conjunction, simplified with rules that hold for every row:
 * x IS NULL AND x IS NOT NULL = FALSE; with x known non-NULL, (x IS NULL OR p) = p and
 * x IS DISTINCT FROM v = x <> v; x IS NOT NULL next to a leaf that excludes NULL is redundant.
 */
export function and(input: readonly CoreNode[]): CoreNode {
  let items = flatten('and', input).filter((i) => !(i.kind === 'const' && i.value));
  if (items.some((i) => i.kind === 'const')) return FALSE;
  const nonNull = new Set(items.map(nullExcludedBy).filter((k) => k !== undefined));
  if (items.some((i) => nonNull.has(isNullOf(i, false) ?? ''))) return FALSE;
  items = items.map((item) => {
    if (item.kind === 'distinct' && nonNull.has(operandKey(item.operand))) {
      return { kind: 'compare', operand: item.operand, op: '<>', value: item.value };
    }
    if (item.kind === 'or') return or(item.items.filter((d) => !nonNull.has(isNullOf(d, false) ?? '')));
    return item;
  });
  const excluded = new Set(
    items
      .filter((i) => i.kind !== 'null')
      .map(nullExcludedBy)
      .filter((k) => k !== undefined),
  );
  items = flatten('and', items).filter((i) => !excluded.has(isNullOf(i, true) ?? ''));
  if (items.some((i) => i.kind === 'const' && !i.value)) return FALSE;
  items = items.filter((i) => i.kind !== 'const');
  if (items.length === 0) return TRUE;
  return items.length === 1 && items[0] ? items[0] : { kind: 'and', items };
}

/**
 * Disjunction, simplified with the dual rules: x IS NULL OR x IS NOT NULL = TRUE;
 * x IS NULL OR (x IS NOT NULL AND p) = x IS NULL OR p; x IS NULL next to
 * x IS DISTINCT FROM v (which includes NULL) is redundant.
 */
export function or(input: readonly CoreNode[]): CoreNode {
  let items = flatten('or', input).filter((i) => !(i.kind === 'const' && !i.value));
  if (items.some((i) => i.kind === 'const')) return TRUE;
  const nullable = new Set(items.map((i) => isNullOf(i, false)).filter((k) => k !== undefined));
  if (items.some((i) => nullable.has(isNullOf(i, true) ?? ''))) return TRUE;
  items = items.map((item) => (item.kind === 'and' ? and(item.items.filter((c) => !nullable.has(isNullOf(c, true) ?? ''))) : item));
  const distinct = new Set(items.flatMap((i) => (i.kind === 'distinct' ? [operandKey(i.operand)] : [])));
  items = flatten('or', items).filter((i) => !distinct.has(isNullOf(i, false) ?? ''));
  if (items.some((i) => i.kind === 'const' && i.value)) return TRUE;
  items = items.filter((i) => i.kind !== 'const');
  if (items.length === 0) return FALSE;
  return items.length === 1 && items[0] ? items[0] : { kind: 'or', items };
}
