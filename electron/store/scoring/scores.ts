// Score rows of a snapshot for the grid and the customer 360: filters and the sort column are
// catalog fields compiled by the core's compiler (identifiers whitelisted, values bound).
import type { ScoreRow } from '../../../shared/contract/domains/scoring-schemas';
import type { Catalog, FieldDef } from '../../../shared/catalog';
import { QueryError, compileFilter, sqliteDialect, type FilterNode } from '../../../shared/query';
import { workspaceCatalog } from '../analytics/workspace-catalog';
import type { ReasonType } from '../../../shared/scoring/reason-types';
import type { Db } from '../database';

export interface ScoreQuery {
  snapshotId: number;
  offset: number;
  limit: number;
  /** A catalog field stored with every snapshot's scores (see scoreRowFields). */
  sort?: { column: string; direction: 'asc' | 'desc' };
  tier?: string;
  valueRisk?: string;
  customerIds?: string[];
}

interface Raw {
  customer_id: string;
  name: string | null;
  health_score: number | null;
  tier: ScoreRow['tier'];
  health_change: number | null;
  churn_probability: number | null;
  p_alive: number | null;
  expected_purchases_90d: number | null;
  clv: number | null;
  rfm_r: number | null;
  rfm_f: number | null;
  rfm_m: number | null;
  rfm_segment: string | null;
  value_tier: ScoreRow['valueTier'];
  value_risk: ScoreRow['valueRisk'];
  churned: number;
  reasons: string | null;
}

export const scoreSelect = `s.customer_id, c.name, s.health_score, s.tier, s.health_change, s.churn_probability, s.p_alive,
  s.expected_purchases_90d, s.clv, s.rfm_r, s.rfm_f, s.rfm_m, s.rfm_segment, s.value_tier, s.value_risk, s.churned, s.reasons`;

/** A stored reasons column ([feature, reason type, contribution] triples); labels are the client's (by feature id). */
export function reasonsOf(stored: string | null): ScoreRow['reasons'] {
  return (stored ? (JSON.parse(stored) as [string, ReasonType, number][]) : []).map(([feature, reasonType, contribution]) => ({
    feature,
    reasonType,
    contribution,
    value: null,
  }));
}

export function toScoreRow(r: Raw): ScoreRow {
  const reasons = reasonsOf(r.reasons);
  return {
    customerId: r.customer_id,
    name: r.name,
    healthScore: r.health_score,
    tier: r.tier,
    healthChange: r.health_change,
    churnProbability: r.churn_probability,
    pAlive: r.p_alive,
    expectedPurchases90d: r.expected_purchases_90d,
    clv: r.clv,
    rfmR: r.rfm_r,
    rfmF: r.rfm_f,
    rfmM: r.rfm_m,
    rfmSegment: r.rfm_segment,
    valueTier: r.value_tier,
    valueRisk: r.value_risk,
    churned: r.churned === 1,
    reasons,
  };
}

/**
 * The catalog's customer fields that customer_scores stores for every snapshot (scores, tiers,
 * RFM, value × risk): a snapshot's rows filter and sort on those, older snapshots included.
 */
function scoreRowFields(db: Db, catalog: Catalog): (id: string) => FieldDef | undefined {
  const columns = new Set(db.prepare(`SELECT name FROM pragma_table_info('customer_scores')`).pluck().all() as string[]);
  return (id) => {
    const field = catalog.field('customer', id);
    return field && field.attributeKey === undefined && columns.has(field.column) ? field : undefined;
  };
}

export function queryScores(db: Db, q: ScoreQuery): { rows: ScoreRow[]; total: number } {
  const catalog = workspaceCatalog(db);
  const conditions: FilterNode[] = [];
  if (q.tier) conditions.push({ kind: 'condition', field: 'tier', op: '=', value: q.tier });
  if (q.valueRisk) conditions.push({ kind: 'condition', field: 'value_risk', op: '=', value: q.valueRisk });
  if (q.customerIds) conditions.push({ kind: 'condition', field: 'customer_id', op: 'in', values: q.customerIds });
  const asOf = (db.prepare('SELECT as_of FROM snapshots WHERE snapshot_id = ?').pluck().get(q.snapshotId) as string | undefined) ?? '1970-01-01';
  const resolveField = scoreRowFields(db, catalog);
  const filter = conditions.length ? compileFilter({ kind: 'group', op: 'and', children: conditions }, { resolveField, dialect: sqliteDialect, asOf, alias: 's' }) : null;
  const where = `s.snapshot_id = ?${filter ? ` AND ${filter.sql}` : ''}`;
  const params = [q.snapshotId, ...(filter?.params ?? [])];
  const sortField = resolveField(q.sort?.column ?? 'customer_id');
  if (!sortField) throw new QueryError('UNKNOWN_FIELD', { field: q.sort?.column ?? '' });
  const column = `s.${sqliteDialect.quoteIdentifier(sortField.column)}`;
  const direction = q.sort?.direction === 'desc' ? 'DESC' : 'ASC';
  const sql = `SELECT ${scoreSelect} FROM customer_scores s LEFT JOIN customers c ON c.customer_id = s.customer_id
    WHERE ${where} ORDER BY ${column} IS NULL, ${column} ${direction}, s.customer_id LIMIT ? OFFSET ?`;
  const rows = (db.prepare(sql).all(...params, q.limit, q.offset) as Raw[]).map(toScoreRow);
  const total = db
    .prepare(`SELECT count(*) FROM customer_scores s WHERE ${where}`)
    .pluck()
    .get(...params) as number;
  return { rows, total };
}
