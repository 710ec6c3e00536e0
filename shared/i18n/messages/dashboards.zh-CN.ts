// Chinese strings of the dashboard templates' titles and texts (i18next namespace 'dashboards';
// keys referenced by shared/dashboards/templates.ts); the English file has the same keys.
import type { DeepStrings } from './zh-CN';

export const dashboardsZhCN = {
  templates: {
    names: { cockpit: '流失预警驾驶舱', monthly: '月度流失复盘', campaign: '挽回活动复盘' },
    cockpit: {
      title: '流失预警驾驶舱',
      active: '活跃客户',
      churnRate: '上月流失率',
      atRisk: '高风险客户',
      clvAtRisk: '风险客户价值（CLV）',
      winback: '近三月挽回率',
      atRiskShare: '高风险占比',
      trend: '月度流失率趋势',
      tiers: '健康分层分布',
      reasons: '高风险客户主要原因',
      valueRisk: '价值 × 风险',
      byRegion: '各区域高风险客户',
      cohorts: '同期群留存',
      highRisk: '各负责人高风险客户名单',
    },
    monthly: {
      title: '月度流失复盘',
      churnRateYoy: '上月流失率（同比）',
      churned: '上月流失客户',
      acquired: '上月新增客户',
      returned: '上月回流客户',
      trend: '近 12 个月流失客户数与流失率',
      churnedByDate: '按流失日期的流失客户（可下钻）',
      byRegion: '上月各区域流失率',
      byOwner: '上月各负责人流失率',
      bySegment: '各客户类型健康分层',
      reasons: '高风险原因构成',
      survival: '客户生存曲线（Kaplan–Meier）',
    },
    campaign: {
      title: '挽回活动复盘',
      intro:
        '各挽回活动实验组与对照组的成功率、提升幅度(实验组 − 对照组)、挽回价值、成本和投资回报率;只统计已有结果的成员。点击某个活动可筛选其余图表;置信区间与 p 值见「挽留行动」页的活动复盘。',
      treated: '实验组人数',
      controls: '对照组人数',
      treatment_rate: '实验组成功率',
      control_rate: '对照组成功率',
      uplift: '提升',
      roi: '投资回报率',
      upliftByCampaign: '各活动提升',
      groupsByCampaign: '各活动实验组与对照组人数',
      ratesByCampaign: '各活动成功率与提升',
      valueByCampaign: '各活动挽回价值、成本与投资回报率',
      byOwner: '各负责人效果',
      byTier: '各风险等级效果',
      byValueRisk: '各价值×风险分组效果',
    },
  },
};

export type DashboardsMessages = DeepStrings<typeof dashboardsZhCN>;
