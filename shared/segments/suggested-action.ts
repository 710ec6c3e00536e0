// The action a call list suggests for one customer: the seeds' strategy table (value × risk
// group → 精准营销策略 / 挽回措施, ../shared/seeds/000_*.txt "客户分群") refined by the customer's
// strongest churn reason type, as in the seeds' early-warning table (订单 → 定向优惠, 客户反馈 →
// 专属客服, 市场/竞品 → 竞品对比、价值强化). Codes only: the labels are in the `call-list` i18n
// namespace (`actions.<code>`), in both languages.
import { VALUE_RISK_CODES } from '../catalog/customer-fields';
import { reasonTypes, type ReasonType } from '../scoring/reason-types';

export const SUGGESTED_ACTIONS = [
  /** 高价值客户 by default: VIP 专属活动、定制关怀. */
  'vipCare',
  /** 专属优惠 for a high-value customer leaving over price. */
  'exclusiveOffer',
  /** VIP 客服回访: service or experience problems of a valuable or at-risk customer. */
  'serviceRecoveryCall',
  /** 专属挽留方案: a valuable or at-risk customer drawn by a competitor. */
  'retentionPlan',
  /** 流失预警客户 by default: 个性化挽回套餐. */
  'winBackPackage',
  /** 定向优惠: an at-risk customer leaving over price. */
  'targetedOffer',
  /** 主动关怀: an at-risk customer we stopped reaching. */
  'proactiveCare',
  /** 潜力客户 by default: 试用体验、反馈收集. */
  'trialFeedback',
  /** 内容激励: a potential customer whose activity or contact fades. */
  'contentIncentive',
  /** 体验优化: a potential customer unhappy with service or experience. */
  'experienceOptimisation',
  /** 竞品对比、价值强化: cheaper answer to competition for potential and low-value customers. */
  'valueReinforcement',
  /** 低价值客户 by default: 自动化内容推送. */
  'automatedContent',
  /** 周期性唤醒: a low-value customer gone quiet. */
  'periodicReactivation',
  /** 流失客户召回: churned already; a win-back offer, not retention (seeds: 沉默客户 → 唤醒、专属优惠). */
  'winBackChurned',
  /** 欢迎关怀、促首购: a prospect with no purchase yet (seeds: 新客户). */
  'welcomeFirstPurchase',
  /** Not scored yet (no value × risk group): the owner decides. */
  'manualReview',
] as const;
export type SuggestedAction = (typeof SUGGESTED_ACTIONS)[number];
type ValueRiskCode = (typeof VALUE_RISK_CODES)[number];

type Plan = { readonly default: SuggestedAction } & Partial<Record<ReasonType, SuggestedAction>>;

const PLANS: Record<ValueRiskCode, Plan> = {
  highValue: { default: 'vipCare', service: 'serviceRecoveryCall', experience: 'serviceRecoveryCall', price: 'exclusiveOffer', competition: 'retentionPlan' },
  warning: {
    default: 'winBackPackage',
    service: 'serviceRecoveryCall',
    experience: 'serviceRecoveryCall',
    price: 'targetedOffer',
    competition: 'retentionPlan',
    communication: 'proactiveCare',
  },
  potential: {
    default: 'trialFeedback',
    engagement: 'contentIncentive',
    communication: 'contentIncentive',
    service: 'experienceOptimisation',
    experience: 'experienceOptimisation',
    price: 'targetedOffer',
    competition: 'valueReinforcement',
  },
  lowValue: { default: 'automatedContent', engagement: 'periodicReactivation', competition: 'valueReinforcement' },
};

const isValueRisk = (v: string): v is ValueRiskCode => (VALUE_RISK_CODES as readonly string[]).includes(v);
const isReasonType = (v: string): v is ReasonType => (reasonTypes as readonly string[]).includes(v);

/**
 * The suggested action for a customer's value × risk group and strongest reason type (stored
 * codes, or null). An unknown group is treated as not scored; an unknown reason as none. The
 * lifecycle comes first: churned customers get no group (lifecycle.ts), and they need winning
 * back, prospects a first purchase.
 */
export function suggestedAction(valueRisk: string | null, reasonType: string | null, lifecycle: string | null = null): SuggestedAction {
  if (lifecycle === 'churned') return 'winBackChurned';
  if (lifecycle === 'prospect') return 'welcomeFirstPurchase';
  if (valueRisk === null || !isValueRisk(valueRisk)) return 'manualReview';
  const plan = PLANS[valueRisk];
  return (reasonType !== null && isReasonType(reasonType) ? plan[reasonType] : undefined) ?? plan.default;
}
