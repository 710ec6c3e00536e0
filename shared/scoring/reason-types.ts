// The six churn reason types of PRODUCT.md §5; every feature and every stored reason maps to one.
export const reasonTypes = ['service', 'engagement', 'price', 'communication', 'experience', 'competition'] as const;
export type ReasonType = (typeof reasonTypes)[number];

export const reasonTypeNames: Record<ReasonType, { en: string; zh: string }> = {
  service: { en: 'Service', zh: '服务' },
  engagement: { en: 'Product / engagement', zh: '产品/活跃度' },
  price: { en: 'Price', zh: '价格' },
  communication: { en: 'Communication', zh: '沟通' },
  experience: { en: 'Experience', zh: '体验' },
  competition: { en: 'Competition', zh: '竞争' },
};
