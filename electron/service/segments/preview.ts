// The builder's live answer for a rule, in one read: the matching count and the mart's total, a
// sample of customers (highest churn probability first, then newest rowid: deterministic), and
// the funnel (the count after each step of the root group). On a large mart the rule is
// evaluated once over in-memory columns and each root child reuses the loaded columns; a small
// mart (or a rule on JSON attributes) is answered by SQL.
import type { SegmentPreview, SegmentSampleRow } from '../../../shared/contract/domains/segments';
import { columnKindOf, countMatches, matchRows, topRows } from '../../../shared/query/columnar';
import type { FilterNode, GroupNode } from '../../../shared/query';
import type { Db } from '../../store/database';
import { columnarViewFor, type ColumnarView } from '../../store/analytics/column-cache';
import { martState } from '../../store/analytics/mart-state';
import { compileCustomerFilter, customerFilterContext, type CustomerFilterContext } from '../../store/segments/filter-context';

const SAMPLE_COLUMNS = ['customer_id', 'name', 'region', 'owner', 'lifecycle', 'tier', 'health_score', 'churn_probability', 'value_risk'] as const;
const SAMPLE_ORDER = 'ORDER BY churn_probability DESC, rowid DESC';
const PROBABILITY = 'churn_probability';

export interface PreviewInput {
  readonly filter: FilterNode;
  readonly sampleSize: number;
  readonly funnel: boolean;
}

/** The filters whose counts make the funnel: root children 0..i combined with the root's operator. */
export function funnelSteps(filter: FilterNode): FilterNode[] {
  if (filter.kind !== 'group') return [filter];
  return filter.children.map((_, i) => ({ kind: 'group', op: filter.op, children: filter.children.slice(0, i + 1) }));
}

function sampleByRowids(db: Db, rowids: readonly number[]): SegmentSampleRow[] {
  return db
    .prepare(`SELECT ${SAMPLE_COLUMNS.join(', ')} FROM json_each(?) page JOIN customer_mart m ON m.rowid = page.value ORDER BY page.key`)
    .all(JSON.stringify(rowids)) as SegmentSampleRow[];
}

/**
 * A root group's children evaluated once each and combined step by step: the last step is the
 * whole rule, so the funnel costs no second evaluation of the rule.
 */
function funnelMasks(root: GroupNode, view: ColumnarView, context: CustomerFilterContext): { match: Uint8Array; funnel: SegmentPreview['funnel'] } {
  const acc = new Uint8Array(view.rowCount);
  const funnel: SegmentPreview['funnel'] = [];
  root.children.forEach((child, i) => {
    const mask = matchRows(child, view.rowCount, (name) => view.column(name), context);
    if (i === 0) acc.set(mask);
    else if (root.op === 'and') for (let r = 0; r < acc.length; r += 1) acc[r]! &= mask[r]!;
    else for (let r = 0; r < acc.length; r += 1) acc[r]! |= mask[r]!;
    funnel.push({ index: i, count: countMatches(acc) });
  });
  return { match: acc, funnel };
}

function columnarPreview(db: Db, input: PreviewInput, context: CustomerFilterContext): Omit<SegmentPreview, 'asOf' | 'elapsedMs'> | null {
  const probability = context.resolveField(PROBABILITY);
  const extra = new Map(probability ? [[probability.column, columnKindOf(probability.type)] as const] : []);
  const view = columnarViewFor(db, input.filter, context, extra);
  if (!view) return null;
  const root = input.filter;
  let match: Uint8Array;
  let funnel: SegmentPreview['funnel'] = [];
  if (input.funnel && root.kind === 'group' && root.children.length > 0) ({ match, funnel } = funnelMasks(root, view, context));
  else {
    match = matchRows(root, view.rowCount, (name) => view.column(name), context);
    if (input.funnel) funnel = [{ index: 0, count: countMatches(match) }];
  }
  const count = funnel.at(-1)?.count ?? countMatches(match);
  const probabilityColumn = probability ? view.column(probability.column) : undefined;
  const indices = input.sampleSize === 0 ? [] : topRows(match, probabilityColumn ? [{ column: probabilityColumn, direction: 'desc' }] : [], 'desc', 0, input.sampleSize);
  return {
    count,
    total: view.rowCount,
    sample: sampleByRowids(
      db,
      indices.map((i) => view.rowids[i]!),
    ),
    funnel,
  };
}

function sqlPreview(db: Db, input: PreviewInput, context: CustomerFilterContext): Omit<SegmentPreview, 'asOf' | 'elapsedMs'> {
  const countOf = (filter: FilterNode): number => {
    const where = compileCustomerFilter(filter, context);
    return db
      .prepare(`SELECT count(*) FROM customer_mart WHERE ${where.sql}`)
      .pluck()
      .get(...where.params) as number;
  };
  const where = compileCustomerFilter(input.filter, context);
  const count = countOf(input.filter);
  const total = db.prepare('SELECT count(*) FROM customer_mart').pluck().get() as number;
  const sample =
    input.sampleSize === 0
      ? []
      : (db
          .prepare(`SELECT ${SAMPLE_COLUMNS.join(', ')} FROM customer_mart WHERE ${where.sql} ${SAMPLE_ORDER} LIMIT ?`)
          .all(...where.params, input.sampleSize) as SegmentSampleRow[]);
  const steps = input.funnel ? funnelSteps(input.filter) : [];
  const funnel = steps.map((step, index) => ({ index, count: index === steps.length - 1 ? count : countOf(step) }));
  return { count, total, sample, funnel };
}

export function segmentPreview(db: Db, input: PreviewInput): SegmentPreview {
  const started = performance.now();
  const context = customerFilterContext(db);
  // Compiling first reports a bad rule (unknown field, wrong operator …) the same way on both paths.
  compileCustomerFilter(input.filter, context);
  const answer = columnarPreview(db, input, context) ?? sqlPreview(db, input, context);
  return { ...answer, asOf: martState(db)?.asOf ?? null, elapsedMs: performance.now() - started };
}
