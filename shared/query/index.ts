// Public API of the query compiler: a pure module (no Node, no DOM) turning filter ASTs and
// query specs into parameterized SQL for SQLite or PostgreSQL, plus a JS oracle of the same
// semantics. Semantics are documented in lower.ts; dialect duties in dialect.ts.
export {
  FILTER_OPERATORS,
  FilterNodeSchema,
  MAX_DIMENSIONS,
  MAX_FILTER_NODES,
  MAX_GROUP_DEPTH,
  MAX_IN_VALUES,
  MAX_LIMIT,
  MAX_NODE_DEPTH,
  MAX_RELATIVE_DAYS,
  MAX_RELATIVE_MONTHS,
  MAX_TEXT_VALUE_LENGTH,
  QuerySpecSchema,
  assertFilterStructure,
  fieldOperators,
  operatorsFor,
  type OperatorOptions,
  type ChangeDirection,
  type ConditionNode,
  type DimensionSpec,
  type FilterNode,
  type FilterOperator,
  type FilterValue,
  type GroupNode,
  type GroupOp,
  type NotNode,
  type QuerySpec,
  type SortDirection,
  type SortSpec,
  type TimeGrain,
} from './ast';
export { QUERY_ERROR_CODES, QueryError, isQueryError, type QueryErrorCode, type QueryErrorParams } from './errors';
export { IDENTIFIER_PATTERN, LIKE_ESCAPE, renderSql, type Dialect, type LikeMatch } from './dialect';
export { sqliteDialect } from './dialect-sqlite';
export { postgresDialect } from './dialect-postgres';
export type { BoundValue, Fragment, RenderedSql } from './fragment';
export { compileFilter, compileFilterFragment, type CompileFilterOptions } from './compile-filter';
export { compileQuery, type CompileQueryOptions, type CompiledQuery, type QueryColumn } from './compile-query';
export { compileList, type CompileListOptions, type CompiledList, type ListSpec } from './compile-list';
export { compareText, matches, type MatchOptions } from './evaluate';
export {
  MAX_EXPANDED_NODES,
  MAX_SEGMENT_DEPTH,
  MEMBER_KEY_COLUMN,
  MEMBER_LIST_COLUMN,
  MEMBER_TABLE,
  directSegmentRefs,
  isExcludingMembership,
  resolveSegmentRefs,
  type ResolvedSegment,
  type SegmentResolver,
} from './segment-ref';
