// Tier colours mean the same thing on every chart, grid cell, KPI card and Excel export.
export const tierColors = {
  healthy: '#389e0d',
  watch: '#d48806',
  atRisk: '#cf1322',
} as const;

export type Tier = keyof typeof tierColors;

/** PRODUCT.md §5 defaults: healthy ≥ 70 > watch ≥ 40 > at-risk. */
export const defaultTierThresholds = { healthy: 70, watch: 40 } as const;

/** Pale fills and borders behind tier-coloured text (tags, highlighted cells), same hue per tier. */
export const tierTints = {
  healthy: { background: '#f6ffed', border: '#b7eb8f' },
  watch: { background: '#fffbe6', border: '#ffe58f' },
  atRisk: { background: '#fff1f0', border: '#ffa39e' },
} as const satisfies Record<Tier, { background: string; border: string }>;
