// Pure edits of a health configuration being edited, and the figures the editor shows
// beside it (each indicator's effective share of the score). Every edit returns a new object.
import { HealthConfigSchema, type HealthConfig, type Indicator } from '../../../shared/scoring/health-config';
import { featureIds } from '../../../shared/scoring/feature-catalog';

export type Method = Indicator['scoring']['method'];

function total(values: readonly number[]): number {
  return values.reduce((a, b) => a + (b > 0 ? b : 0), 0);
}

/**
 * Each group's share of the score. Indicators in `noData` (their source is absent) are left
 * out as the refresh leaves them out: a group whose indicators all lack data gets no share and
 * the others are renormalised over what remains.
 */
export function groupShares(config: HealthConfig, noData: ReadonlySet<string> = new Set()): Map<string, number> {
  const withoutData = (groupId: string) => {
    const members = config.indicators.filter((i) => i.group === groupId);
    return members.length > 0 && members.every((i) => noData.has(i.id));
  };
  const weight = (g: HealthConfig['groups'][number]) => (g.weight > 0 && !withoutData(g.id) ? g.weight : 0);
  const sum = total(config.groups.map(weight));
  return new Map(config.groups.map((g) => [g.id, sum > 0 ? weight(g) / sum : 0]));
}

/** Group share × the indicator's share inside its group (what the score gives it with the snapshot's sources). */
export function effectiveShares(config: HealthConfig, noData: ReadonlySet<string> = new Set()): Map<string, number> {
  const groups = groupShares(config, noData);
  const weight = (ind: Indicator) => (ind.weight > 0 && !noData.has(ind.id) ? ind.weight : 0);
  const inGroup = new Map<string, number>();
  for (const ind of config.indicators) inGroup.set(ind.group, (inGroup.get(ind.group) ?? 0) + weight(ind));
  return new Map(
    config.indicators.map((ind) => {
      const sum = inGroup.get(ind.group) ?? 0;
      return [ind.id, sum > 0 ? ((groups.get(ind.group) ?? 0) * weight(ind)) / sum : 0];
    }),
  );
}

export function updateIndicator(config: HealthConfig, id: string, patch: Partial<Omit<Indicator, 'id'>>): HealthConfig {
  return { ...config, indicators: config.indicators.map((ind) => (ind.id === id ? { ...ind, ...patch } : ind)) };
}

/** Switching method keeps sensible parameters: thresholds from the old bands, or defaults. */
export function withMethod(ind: Indicator, method: Method): Indicator['scoring'] {
  const s = ind.scoring;
  if (s.method === method) return s;
  switch (method) {
    case 'percentile':
      return { method: 'percentile' };
    case 'linear': {
      const bounds = s.method === 'bands' ? s.bands.map((b) => b.upTo) : [];
      const low = bounds.length ? Math.min(...bounds) : 0;
      const high = bounds.length ? Math.max(...bounds) : 100;
      return { method: 'linear', low, high: high > low ? high : low + 1 };
    }
    case 'bands': {
      const [low, high] = s.method === 'linear' ? [s.low, s.high] : [0, 1];
      const good = ind.direction === 'higherIsBetter' ? 0 : 100;
      return {
        method: 'bands',
        bands: [
          { upTo: low, score: good },
          { upTo: (low + high) / 2, score: 50 },
        ],
        otherwise: 100 - good,
      };
    }
  }
}

export function setGroupWeight(config: HealthConfig, groupId: string, weight: number): HealthConfig {
  return { ...config, groups: config.groups.map((g) => (g.id === groupId ? { ...g, weight } : g)) };
}

export function setTiers(config: HealthConfig, tiers: HealthConfig['tiers']): HealthConfig {
  return { ...config, tiers };
}

export function removeIndicator(config: HealthConfig, id: string): HealthConfig {
  return { ...config, indicators: config.indicators.filter((ind) => ind.id !== id) };
}

/** An id matching the schema (`[a-z][a-z0-9_]{0,40}`) that no indicator uses yet. */
export function uniqueIndicatorId(config: HealthConfig, feature: string): string {
  const base = (
    feature
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '_')
      .replace(/^[^a-z]+/, '') || 'indicator'
  ).slice(0, 36);
  const used = new Set(config.indicators.map((i) => i.id));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

/** Adds the first catalog feature not yet scored, ranked by percentile in the first group. */
export function addIndicator(config: HealthConfig): HealthConfig {
  const used = new Set(config.indicators.map((i) => i.feature));
  const feature = featureIds.find((f) => !used.has(f)) ?? featureIds[0] ?? 'recency_days';
  const group = config.groups[0]?.id ?? 'service';
  const indicator: Indicator = {
    id: uniqueIndicatorId(config, feature),
    feature,
    group,
    direction: 'higherIsBetter',
    weight: 50,
    scoring: { method: 'percentile' },
  };
  return { ...config, indicators: [...config.indicators, indicator] };
}

/** The first reason the schema rejects the configuration, or null when it is valid. */
export function configProblem(config: HealthConfig): string | null {
  const parsed = HealthConfigSchema.safeParse(config);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  if (!issue) return 'invalid';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

export function sameConfig(a: HealthConfig, b: HealthConfig): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
