// Score rows of a snapshot for the grid and the customer 360 (whitelisted sort columns,
// bound filter values).
import type { ScoreRow } from '../../../shared/contract/domains/scoring-schemas';
import { scoreSortColumns } from '../../../shared/contract/domains/scoring-schemas';
import { featureSpec } from '../../../shared/scoring/feature-catalog';
import type { ReasonType } from '../../../shared/scoring/reason-types';
import type { Db } from '../database';

export interface ScoreQuery {
  snapshotId: number;
  offset: number;
  limit: number;
  sort?: { column: (typeof scoreSortColumns)[number]; direction: 'asc' | 'desc' };
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

/** A stored reasons column ([feature, reason type, contribution] triples) with the features' labels. */
export function reasonsOf(stored: string | null): ScoreRow['reasons'] {
  return (stored ? (JSON.parse(stored) as [string, ReasonType, number][]) : []).map(([feature, reasonType, contribution]) => {
    const spec = featureSpec(feature);
    return { feature, en: spec?.en ?? feature, zh: spec?.zh ?? feature, reasonType, contribution, value: null };
  });
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

export function queryScores(db: Db, q: ScoreQuery): { rows: ScoreRow[]; total: number } {
  const where = ['s.snapshot_id = ?'];
  const params: unknown[] = [q.snapshotId];
  if (q.tier) {
    where.push('s.tier = ?');
    params.push(q.tier);
  }
  if (q.valueRisk) {
    where.push('s.value_risk = ?');
    params.push(q.valueRisk);
  }
  if (q.customerIds) {
    where.push('s.customer_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(q.customerIds));
  }
  // The column comes from the contract's enum; checked again here because it is spliced.
  const column = q.sort && (scoreSortColumns as readonly string[]).includes(q.sort.column) ? q.sort.column : 'customer_id';
  const direction = q.sort?.direction === 'desc' ? 'DESC' : 'ASC';
  const sql = `SELECT ${scoreSelect} FROM customer_scores s LEFT JOIN customers c ON c.customer_id = s.customer_id
    WHERE ${where.join(' AND ')} ORDER BY s.${column} IS NULL, s.${column} ${direction}, s.customer_id LIMIT ? OFFSET ?`;
  const rows = (db.prepare(sql).all(...params, q.limit, q.offset) as Raw[]).map(toScoreRow);
  const total = db.prepare(`SELECT count(*) FROM customer_scores s WHERE ${where.join(' AND ')}`).pluck().get(...params) as number;
  return { rows, total };
}
