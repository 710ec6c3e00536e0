// Chinese words of namespace 'warning-words', shared by the service's files (the list by owner:
// headers, sheet names, cover) and the pages (built-in rule names, severities, states); the
// English file has the same keys.
import type { DeepStrings } from './zh-CN';

export const warningWordsZhCN = {
  builtin: {
    lowHealthHighValue: { name: '高价值客户健康度低', description: '健康度低于 40 且价值分层为高价值' },
    scoreDrop: { name: '健康度骤降', description: '健康度较上次快照下降 15 分及以上' },
    overdueCycle: { name: '超过 2 倍下单周期未下单', description: '距上次下单已超过该客户通常下单间隔的 2 倍' },
  },
  severity: { high: '高', medium: '中', low: '低' },
  state: { open: '待处理', acknowledged: '处理中', resolved: '已解决', expired: '已失效' },
  target: { all: '全部未流失客户', segment: '分群：{{name}}' },
  export: {
    title: '高风险客户清单（按负责人）',
    noOwner: '未分配负责人',
    columns: {
      customerId: '客户编号',
      name: '客户名称',
      rule: '预警规则',
      severity: '严重程度',
      state: '状态',
      firedOn: '触发日期',
      healthScore: '健康度',
      tier: '健康分层',
      churnProbability: '流失概率',
      clv: '客户终身价值',
      topReason: '主要原因',
      owner: '负责人',
      assignee: '处理人',
      note: '备注',
    },
    kpis: { warnings: '预警数', high: '高严重度', owners: '负责人数' },
    filters: {
      states: '状态',
      severities: '严重程度',
      rules: '预警规则',
      owners: '负责人',
      segment: '分群',
      onlyNew: '范围',
      onlyNewValue: '仅最近一次刷新新增',
      search: '搜索',
      customer: '客户',
    },
    listSeparator: '、',
  },
};

export type WarningWordsMessages = DeepStrings<typeof warningWordsZhCN>;
