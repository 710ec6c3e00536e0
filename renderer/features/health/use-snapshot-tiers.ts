// The newest snapshot's customers by lifecycle and tier, read through query.run from the
// customer mart — the source the Dashboard's at-risk KPI and the Customers grid's tier filter
// read, so the three agree. Churned customers have no tier: they are counted apart.
import { useEffect } from 'react';
import type { AppError } from '../../../shared/contract/errors';
import type { Tier } from '../../../shared/domain/tiers';
import { useOperation } from '../../api/use-operation';

export interface SnapshotTiers {
  asOf: string;
  /** Customers not churned, per tier. */
  tiers: Record<Tier, number>;
  churned: number;
  /** Customers not churned without a tier (not scored by the snapshot). */
  unscored: number;
}

const isTier = (v: unknown): v is Tier => v === 'healthy' || v === 'watch' || v === 'atRisk';

export function useSnapshotTiers(generation: number): { data: SnapshotTiers | null; error: AppError | undefined } {
  const result = useOperation('query.run', {
    spec: { source: 'customer', measures: ['customers'], dimensions: [{ field: 'lifecycle' }, { field: 'tier' }] },
  });
  const { reload } = result;
  useEffect(() => {
    if (generation > 0) reload();
  }, [generation, reload]);
  const data = result.data;
  if (!data?.asOf) return { data: null, error: result.error };
  const at = (key: string) => data.columns.findIndex((c) => c.key === key);
  const [lifecycleAt, tierAt, countAt] = [at('lifecycle'), at('tier'), at('customers')];
  const out: SnapshotTiers = { asOf: data.asOf, tiers: { healthy: 0, watch: 0, atRisk: 0 }, churned: 0, unscored: 0 };
  for (const row of data.rows) {
    const n = Number(row[countAt] ?? 0);
    const tier = row[tierAt];
    if (row[lifecycleAt] === 'churned') out.churned += n;
    else if (isTier(tier)) out.tiers[tier] += n;
    else out.unscored += n;
  }
  return { data: out, error: result.error };
}
