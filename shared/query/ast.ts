// The filter AST and the query spec: what the UI builds, what segments and measures store,
// what crosses the IPC boundary. Plain data, validated by the zod schemas below; the
// compiler re-checks the structural rules itself, so an unvalidated AST is refused too.
import { z } from 'zod';
import { SOURCE_IDS, type FieldDef, type FieldType, type SourceId } from '../catalog/types';
import { QueryError } from './errors';

/** Product rule: the root group plus three levels of nested groups. */
export const MAX_GROUP_DEPTH = 4;
/** NOT does not count as a group level, but chains of NOT must end somewhere. */
export const MAX_NODE_DEPTH = 12;
/** Keeps one filter far below every engine's limit on bound parameters. */
export const MAX_FILTER_NODES = 500;
export const MAX_IN_VALUES = 1_000;
/**
 * In UTF-16 code units. At most 3 UTF-8 bytes per unit, doubled by escaping only for ASCII,
 * so a pattern stays below SQLite's 50,000-byte LIKE pattern limit.
 */
export const MAX_TEXT_VALUE_LENGTH = 10_000;
export const MAX_RELATIVE_DAYS = 36_600;
export const MAX_RELATIVE_MONTHS = 1_200;
export const MAX_DIMENSIONS = 3;
export const MAX_LIMIT = 100_000;

export const FILTER_OPERATORS = [
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'between',
  'in',
  'not_in',
  'contains',
  'starts_with',
  'ends_with',
  'is_empty',
  'not_empty',
  'in_last_days',
  'in_last_months',
  'before_days_ago',
  'changed_by',
] as const;
export type FilterOperator = (typeof FILTER_OPERATORS)[number];

/** Never null: emptiness is asked with is_empty / not_empty. */
export type FilterValue = string | number | boolean;
export type ChangeDirection = 'up' | 'down' | 'either';
export type GroupOp = 'and' | 'or';
export type TimeGrain = 'month' | 'week' | 'year';
export type SortDirection = 'asc' | 'desc';

export interface GroupNode {
  readonly kind: 'group';
  readonly op: GroupOp;
  readonly children: readonly FilterNode[];
}

export interface NotNode {
  readonly kind: 'not';
  readonly child: FilterNode;
}

/**
 * One test on one field. Which payload is read depends on `op`:
 * `value` for comparisons, contains, starts_with and changed_by (the minimum absolute
 * change); `values` for in / not_in; `low` + `high` for between (both inclusive);
 * `amount` (a whole number) for in_last_days / in_last_months / before_days_ago;
 * nothing for is_empty / not_empty. Payload an operator does not read is ignored, so the
 * UI may keep it while the user switches operators.
 */
export interface ConditionNode {
  readonly kind: 'condition';
  readonly field: string;
  readonly op: FilterOperator;
  readonly value?: FilterValue;
  readonly values?: readonly FilterValue[];
  readonly low?: FilterValue;
  readonly high?: FilterValue;
  readonly amount?: number;
  /** changed_by only; default 'either' (a change of at least the value up or down). */
  readonly direction?: ChangeDirection;
}

export type FilterNode = GroupNode | NotNode | ConditionNode;

export interface DimensionSpec {
  readonly field: string;
  /** Date fields only: month 'YYYY-MM', ISO week → its Monday 'YYYY-MM-DD', year 'YYYY'. */
  readonly grain?: TimeGrain;
}

export interface SortSpec {
  /** A measure id or a dimension field id of the same query. */
  readonly key: string;
  readonly direction: SortDirection;
}

export interface QuerySpec {
  readonly source: SourceId;
  readonly measures: readonly string[];
  readonly dimensions: readonly DimensionSpec[];
  readonly filter?: FilterNode;
  readonly sort?: readonly SortSpec[];
  readonly limit?: number;
}

const TEXT_OPERATORS: readonly FilterOperator[] = ['=', '!=', 'in', 'not_in', 'contains', 'starts_with', 'ends_with', 'is_empty', 'not_empty'];
const NUMBER_OPERATORS: readonly FilterOperator[] = ['=', '!=', '<', '<=', '>', '>=', 'between', 'in', 'not_in', 'is_empty', 'not_empty'];
const DATE_OPERATORS: readonly FilterOperator[] = ['=', '!=', '<', '<=', '>', '>=', 'between', 'is_empty', 'not_empty', 'in_last_days', 'in_last_months', 'before_days_ago'];
const BOOLEAN_OPERATORS: readonly FilterOperator[] = ['=', 'is_empty', 'not_empty'];
const MEMBERSHIP_OPERATORS: readonly FilterOperator[] = ['in', 'not_in', '=', '!='];

export interface OperatorOptions {
  /** The field has a previous snapshot's column (FieldDef.previousColumn). */
  readonly hasPreviousColumn?: boolean;
  /** The field is saved-segment membership (FieldDef.membership). */
  readonly membership?: boolean;
}

/**
 * Operators the UI offers and the compiler accepts for a field type. `changed_by` needs the
 * previous snapshot's value, so it is offered only for number fields with a previousColumn.
 * Membership of saved segments is in or out of one or more segments, nothing else.
 */
export function operatorsFor(type: FieldType, options: OperatorOptions = {}): readonly FilterOperator[] {
  if (options.membership) return MEMBERSHIP_OPERATORS;
  switch (type) {
    case 'text':
    case 'enum':
      return TEXT_OPERATORS;
    case 'number':
      return options.hasPreviousColumn ? [...NUMBER_OPERATORS, 'changed_by'] : NUMBER_OPERATORS;
    case 'date':
      return DATE_OPERATORS;
    case 'boolean':
      return BOOLEAN_OPERATORS;
  }
}

/** `operatorsFor` with the options a catalog field implies (what catalog.describe reports). */
export function fieldOperators(field: Pick<FieldDef, 'type' | 'previousColumn' | 'membership'>): readonly FilterOperator[] {
  return operatorsFor(field.type, { hasPreviousColumn: field.previousColumn !== undefined, membership: field.membership === true });
}

const VALUE_OPERATORS = new Set<FilterOperator>(['=', '!=', '<', '<=', '>', '>=', 'contains', 'starts_with', 'ends_with', 'changed_by']);
const LIST_OPERATORS = new Set<FilterOperator>(['in', 'not_in']);
const AMOUNT_LIMITS: Partial<Record<FilterOperator, { min: number; max: number }>> = {
  in_last_days: { min: 1, max: MAX_RELATIVE_DAYS },
  in_last_months: { min: 1, max: MAX_RELATIVE_MONTHS },
  before_days_ago: { min: 0, max: MAX_RELATIVE_DAYS },
};

// Array.isArray narrows readonly arrays to any[]; this keeps the element type.
function isList<T>(value: readonly T[] | undefined): value is readonly T[] {
  return Array.isArray(value);
}

// With the u flag a surrogate class matches only unpaired halves, which no engine can store.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

function checkScalar(field: string, name: string, value: unknown): void {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw new QueryError('NUL_IN_VALUE', { field, name }, `NUL character in ${name} of ${field}`);
    if (value.length > MAX_TEXT_VALUE_LENGTH) throw new QueryError('VALUE_TOO_LONG', { field, name, max: MAX_TEXT_VALUE_LENGTH });
    if (LONE_SURROGATE.test(value)) throw new QueryError('INVALID_VALUE', { field, name, reason: 'ill_formed_text' });
    return;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new QueryError('INVALID_VALUE', { field, name, reason: 'not_finite' });
    return;
  }
  if (typeof value === 'boolean') return;
  throw new QueryError('INVALID_VALUE', { field, name, reason: value === undefined ? 'missing' : 'not_a_scalar' });
}

/** The payload rules that need no catalog: presence, NUL, lengths, list sizes, amounts. */
function checkCondition(node: ConditionNode): void {
  const { field, op } = node;
  if (typeof field !== 'string') throw new QueryError('INVALID_FILTER', { reason: 'field' });
  if (!FILTER_OPERATORS.includes(op)) throw new QueryError('OPERATOR_NOT_ALLOWED', { field, op: String(op) });
  if (VALUE_OPERATORS.has(op)) checkScalar(field, 'value', node.value);
  if (LIST_OPERATORS.has(op)) {
    if (!isList(node.values)) throw new QueryError('INVALID_VALUE', { field, name: 'values', reason: 'missing' });
    if (node.values.length > MAX_IN_VALUES) throw new QueryError('TOO_MANY_VALUES', { field, max: MAX_IN_VALUES });
    for (const value of node.values) checkScalar(field, 'values', value);
  }
  if (op === 'between') {
    checkScalar(field, 'low', node.low);
    checkScalar(field, 'high', node.high);
  }
  const limits = AMOUNT_LIMITS[op];
  if (limits) {
    const { amount } = node;
    if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < limits.min || amount > limits.max) {
      throw new QueryError('INVALID_VALUE', { field, name: 'amount', reason: 'amount', min: limits.min, max: limits.max });
    }
  }
  if (op === 'changed_by' && node.direction !== undefined && !['up', 'down', 'either'].includes(node.direction)) {
    throw new QueryError('INVALID_VALUE', { field, name: 'direction', reason: 'direction' });
  }
}

/**
 * Throws the first structural problem of a filter: empty groups, nesting, size, and every
 * payload rule that does not depend on the field's type. Type rules are checked when the
 * filter is compiled against the catalog.
 */
export function assertFilterStructure(root: FilterNode): void {
  let count = 0;
  const visit = (node: FilterNode, groupDepth: number, nodeDepth: number): void => {
    count += 1;
    if (count > MAX_FILTER_NODES) throw new QueryError('TOO_MANY_CONDITIONS', { max: MAX_FILTER_NODES });
    if (nodeDepth > MAX_NODE_DEPTH) throw new QueryError('TOO_DEEP', { max: MAX_GROUP_DEPTH });
    switch (node.kind) {
      case 'group': {
        if (groupDepth + 1 > MAX_GROUP_DEPTH) throw new QueryError('TOO_DEEP', { max: MAX_GROUP_DEPTH });
        if (node.op !== 'and' && node.op !== 'or') throw new QueryError('INVALID_FILTER', { reason: 'group_op' });
        if (!isList(node.children)) throw new QueryError('INVALID_FILTER', { reason: 'children' });
        if (node.children.length === 0) throw new QueryError('EMPTY_GROUP', { depth: groupDepth + 1 });
        for (const child of node.children) visit(child, groupDepth + 1, nodeDepth + 1);
        return;
      }
      case 'not':
        visit(node.child, groupDepth, nodeDepth + 1);
        return;
      case 'condition':
        checkCondition(node);
        return;
      default:
        throw new QueryError('INVALID_FILTER', { reason: 'kind' });
    }
  };
  if (root === null || typeof root !== 'object') throw new QueryError('INVALID_FILTER', { reason: 'kind' });
  visit(root, 0, 1);
}

// ---- zod schemas -------------------------------------------------------------------------

// zod 4 numbers are finite already; NUL and length are reported by assertFilterStructure
// so that the schema and the compiler give the same code.
const FilterValueSchema = z.union([z.string(), z.number(), z.boolean()]);

const ConditionNodeSchema = z.strictObject({
  kind: z.literal('condition'),
  field: z.string().min(1),
  op: z.enum(FILTER_OPERATORS),
  value: FilterValueSchema.optional(),
  values: z.array(FilterValueSchema).optional(),
  low: FilterValueSchema.optional(),
  high: FilterValueSchema.optional(),
  amount: z.number().int().optional(),
  direction: z.enum(['up', 'down', 'either']).optional(),
});

// The shape alone, recursively; the structural rules run once at the root below.
const FilterShapeSchema: z.ZodType<FilterNode> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('group'), op: z.enum(['and', 'or']), children: z.array(FilterShapeSchema) }),
    z.strictObject({ kind: z.literal('not'), child: FilterShapeSchema }),
    ConditionNodeSchema,
  ]),
);

/**
 * A filter AST with every catalog-independent rule checked. A failed rule becomes a zod
 * issue whose `params.queryErrorCode` is the QueryError code the compiler would throw.
 */
export const FilterNodeSchema: z.ZodType<FilterNode> = FilterShapeSchema.superRefine((node: FilterNode, ctx) => {
  try {
    assertFilterStructure(node);
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message, params: { queryErrorCode: error.code, ...error.params } });
  }
});

export const QuerySpecSchema: z.ZodType<QuerySpec> = z.strictObject({
  source: z.enum(SOURCE_IDS),
  measures: z.array(z.string().min(1)).min(1),
  dimensions: z.array(z.strictObject({ field: z.string().min(1), grain: z.enum(['month', 'week', 'year']).optional() })).max(MAX_DIMENSIONS),
  filter: FilterNodeSchema.optional(),
  sort: z.array(z.strictObject({ key: z.string().min(1), direction: z.enum(['asc', 'desc']) })).optional(),
  limit: z.number().int().min(1).max(MAX_LIMIT).optional(),
});
