// Chinese strings of the call-list export (i18next namespace 'call-list'): the file's column
// headers, its sheet and default file names, and the suggested actions
// (shared/segments/suggested-action.ts). The English file must have the same keys.
import type { SuggestedAction } from '../../segments/suggested-action';

export const callListZhCN = {
  sheetName: '呼叫名单',
  /** File name of an export of an unsaved rule (a saved segment uses its own name). */
  unsavedName: '呼叫名单',
  columns: {
    customerId: '客户ID',
    name: '客户名称',
    owner: '负责人',
    region: '区域',
    city: '城市',
    lifecycle: '生命周期',
    tier: '健康等级',
    healthScore: '健康分',
    churnProbability: '流失概率',
    reason1: '主要原因 1',
    reason2: '主要原因 2',
    reason3: '主要原因 3',
    valueTier: '价值等级',
    valueRisk: '价值×风险分群',
    clv: '客户终身价值(CLV)',
    suggestedAction: '建议行动',
  },
  /** One reason cell: its type, then the factor. */
  reason: '{{type}}：{{feature}}',
  actions: {
    vipCare: 'VIP 专属活动、定制关怀',
    exclusiveOffer: '专属优惠',
    serviceRecoveryCall: 'VIP 客服回访',
    retentionPlan: '专属挽留方案',
    winBackPackage: '个性化挽回套餐',
    targetedOffer: '定向优惠',
    proactiveCare: '主动关怀',
    trialFeedback: '试用体验、反馈收集',
    contentIncentive: '内容激励',
    experienceOptimisation: '体验优化',
    valueReinforcement: '竞品对比、价值强化',
    automatedContent: '自动化内容推送',
    periodicReactivation: '周期性唤醒',
    winBackChurned: '流失召回：专属回归优惠',
    welcomeFirstPurchase: '欢迎关怀：促成首单',
    manualReview: '尚未评分：由负责人判断',
  } satisfies Record<SuggestedAction, string>,
};

export type CallListMessages = typeof callListZhCN;
