// customer.profile: the customer 360 — profile, timeline, score history, the stored health
// breakdown, churn probability with reasons, P(alive) and CLV.
import { AppError } from '../../../shared/contract/errors';
import type { CustomerProfile } from '../../../shared/contract/domains/scoring-schemas';
import { featureIds } from '../../../shared/scoring/feature-catalog';
import type { Db } from '../../store/database';
import { getSnapshotRow, scoreHistory } from '../../store/scoring/snapshot-read';
import { scoreSelect, toScoreRow } from '../../store/scoring/scores';
import { getHealthConfig } from '../../store/scoring/settings';
import { basisComparer, snapshotBases } from '../../store/scoring/health-basis';

type Event = CustomerProfile['timeline'][number];

export function customerProfile(db: Db, input: { customerId: string; snapshotId?: number; timelineLimit: number }): CustomerProfile {
  const customer = db.prepare('SELECT * FROM customers WHERE customer_id = ?').get(input.customerId) as Record<string, unknown> | undefined;
  if (!customer) throw new AppError('NOT_FOUND', `customer ${input.customerId} does not exist`, { reason: 'customerNotFound', params: { customerId: input.customerId } });
  const attributes = parseAttributes(customer.attributes);
  const snapshot = getSnapshotRow(db, input.snapshotId);
  const scoreRaw = snapshot
    ? (db
        .prepare(
          `SELECT ${scoreSelect}, s.health_groups, s.health_indicators FROM customer_scores s LEFT JOIN customers c ON c.customer_id = s.customer_id WHERE s.snapshot_id = ? AND s.customer_id = ?`,
        )
        .get(snapshot.snapshot_id, input.customerId) as (Parameters<typeof toScoreRow>[0] & { health_groups: string | null; health_indicators: string | null }) | undefined)
    : undefined;
  const groups: CustomerProfile['groups'] = [];
  const indicators: CustomerProfile['indicators'] = [];
  const features: Record<string, number | null> = {};
  if (snapshot && scoreRaw) {
    const config = getHealthConfig(db, snapshot.health_version ?? 0).config;
    const g = JSON.parse(scoreRaw.health_groups ?? '[]') as [number | null, number][];
    config.groups.forEach((group, j) => {
      const [score, weight] = g[j] ?? [null, 0];
      groups.push({ group: group.id, score, weight, points: score === null ? 0 : score * weight });
    });
    const featureRow = db
      .prepare(`SELECT ${featureIds.join(', ')} FROM snapshot_features WHERE snapshot_id = ? AND customer_id = ?`)
      .get(snapshot.snapshot_id, input.customerId) as Record<string, number | null> | undefined;
    for (const id of featureIds) features[id] = featureRow?.[id] ?? null;
    const ind = JSON.parse(scoreRaw.health_indicators ?? '[]') as (number | null)[];
    config.indicators.forEach((indicator, k) => {
      indicators.push({ indicator: indicator.id, group: indicator.group, value: features[indicator.feature] ?? null, score: ind[k] ?? null, weight: indicator.weight });
    });
  }
  const score = scoreRaw ? toScoreRow(scoreRaw) : null;
  if (score) for (const r of score.reasons) r.value = features[r.feature] ?? null;
  const history = markBasisChanges(db, scoreHistory(db, input.customerId));
  const { timeline, truncated } = timelineOf(db, input.customerId, input.timelineLimit);
  return {
    customer,
    attributes,
    snapshotId: snapshot?.snapshot_id ?? null,
    asOf: snapshot?.as_of ?? null,
    score,
    groups,
    indicators,
    features,
    history,
    timeline,
    timelineTruncated: truncated,
  };
}

/**
 * Marks each point whose health basis (configuration, indicators without data) differs from
 * the point before it, so the chart shows where the scores stop being comparable.
 */
function markBasisChanges(db: Db, points: Omit<CustomerProfile['history'][number], 'configChanged'>[]): CustomerProfile['history'] {
  if (points.length < 2) return points.map((p) => ({ ...p, configChanged: false }));
  const bases = snapshotBases(db);
  const same = basisComparer(db);
  return points.map((p, i) => {
    const before = i > 0 ? bases.get(points[i - 1]!.snapshotId) : undefined;
    const now = bases.get(p.snapshotId);
    return { ...p, configChanged: before !== undefined && now !== undefined && !same(before, now) };
  });
}

function timelineOf(db: Db, id: string, limit: number): { timeline: Event[]; truncated: boolean } {
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT order_date AS date, 'order' AS kind, coalesce(product, category, order_id) AS title, status AS detail, amount FROM orders WHERE customer_id = @id
         UNION ALL SELECT activity_date, 'activity', kind, CAST(count AS TEXT), NULL FROM activities WHERE customer_id = @id
         UNION ALL SELECT opened_at, 'ticket', coalesce(kind, 'ticket'), severity, satisfaction FROM tickets WHERE customer_id = @id
         UNION ALL SELECT survey_date, 'survey', kind, comment, score FROM surveys WHERE customer_id = @id
         UNION ALL SELECT signal_date, 'signal', kind, competitor, NULL FROM market_signals WHERE customer_id = @id
         UNION ALL SELECT action_date, 'action', coalesce(kind, 'action'), outcome, cost FROM actions WHERE customer_id = @id
       ) ORDER BY date DESC, kind LIMIT @limit`,
    )
    .all({ id, limit: limit + 1 }) as Event[];
  return { timeline: rows.slice(0, limit), truncated: rows.length > limit };
}

function parseAttributes(text: unknown): Record<string, unknown> {
  if (typeof text !== 'string') return {};
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
