// The columns of customer_mart (migration 006) and where each comes from: the customer row (c),
// the snapshot's scores (s) and features (f), the previous snapshot's scores (p), and the
// lifecycle and purchase aggregates (x) that the builder supplies.
import { featureIds } from '../../../shared/scoring/feature-catalog';

const PROFILE = ['name', 'region', 'city', 'industry', 'segment', 'owner', 'signup_date', 'contract_end', 'status', 'cancel_date', 'cancel_reason', 'attributes'];
/** Supplied per customer by the builder, under these names. */
export const SUPPLIED = ['lifecycle', 'churn_date', 'churn_kind', 'order_count', 'total_amount', 'first_order_date', 'last_order_date'] as const;
export type Supplied = (typeof SUPPLIED)[number];
const SCORES = [
  'health_score',
  'tier',
  'churn_probability',
  'p_alive',
  'clv',
  'expected_purchases_90d',
  'health_change',
  'rfm_r',
  'rfm_f',
  'rfm_m',
  'rfm_segment',
  'rfm_class',
  'value_tier',
  'value_risk',
  'reasons',
];
const PREVIOUS = ['health_score', 'churn_probability', 'clv', 'p_alive'];

/**
 * [column, SQL expression] of every mart column; `supplied` gives the x expressions. The
 * previous health score is NULL when the two snapshots were scored on different bases
 * (configuration, indicators without data): `changed_by` then has no change to report.
 */
export function martColumns(supplied: Record<Supplied, string>, previousHealthComparable = true): [string, string][] {
  return [
    ['customer_id', 'c.customer_id'],
    ['snapshot_id', 's.snapshot_id'],
    ...PROFILE.map((name): [string, string] => [name, `c.${name}`]),
    ...SUPPLIED.map((name): [string, string] => [name, supplied[name]]),
    ...SCORES.map((name): [string, string] => [name, `s.${name}`]),
    // Reasons are [[source, reason type, contribution], …], strongest first.
    ['top_reason', `s.reasons ->> '$[0][1]'`],
    ...featureIds.map((name): [string, string] => [name, `f.${name}`]),
    ...PREVIOUS.map((name): [string, string] => [`prev_${name}`, name === 'health_score' && !previousHealthComparable ? 'NULL' : `p.${name}`]),
  ];
}

/**
 * `INSERT INTO customer_mart (…) SELECT … FROM <from> <joins of s, f and p>`, customers aliased
 * c; `from` may join the snapshot's scores as s itself.
 */
export function martInsertSql(
  supplied: Record<Supplied, string>,
  from: string,
  snapshotId: number,
  previous: { id: number | null; healthComparable: boolean },
  scoresJoined = false,
): string {
  const previousId = previous.id;
  const columns = martColumns(supplied, previous.healthComparable);
  // Snapshot ids are integers from the database itself, written inline so the statement's
  // own placeholders stay the caller's.
  return `INSERT INTO customer_mart (${columns.map(([name]) => name).join(', ')})
SELECT ${columns.map(([, sql]) => sql).join(', ')}
FROM ${from}
${scoresJoined ? '' : `LEFT JOIN customer_scores s ON s.snapshot_id = ${Math.trunc(snapshotId)} AND s.customer_id = c.customer_id`}
LEFT JOIN snapshot_features f ON f.snapshot_id = ${Math.trunc(snapshotId)} AND f.customer_id = c.customer_id
LEFT JOIN customer_scores p ON p.snapshot_id = ${previousId === null ? 'NULL' : Math.trunc(previousId)} AND p.customer_id = c.customer_id`;
}
