// The six churn reason types of PRODUCT.md §5; every feature and every stored reason maps to one.
// Labels live in the i18n resources (`catalog:values.top_reason.<code>`, `scoring:reasonTypes.<code>`).
export const reasonTypes = ['service', 'engagement', 'price', 'communication', 'experience', 'competition'] as const;
export type ReasonType = (typeof reasonTypes)[number];
