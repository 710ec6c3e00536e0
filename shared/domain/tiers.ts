// Tier colours mean the same thing on every chart, grid cell, KPI card and Excel export.
export const tierColors = {
  healthy: '#389e0d',
  watch: '#d48806',
  atRisk: '#cf1322',
} as const;

export type Tier = keyof typeof tierColors;

/** PRODUCT.md §5 defaults: healthy ≥ 70 > watch ≥ 40 > at-risk. */
export const defaultTierThresholds = { healthy: 70, watch: 40 } as const;
