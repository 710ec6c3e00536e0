// Chinese strings of namespace 'dashboard-widgets' (the KPI, chart, table and text widgets of
// the dashboards); the English file has the same keys.
import type { DeepStrings } from './zh-CN';

export const dashboardWidgetsZhCN = {
  title: '仪表板组件',
  /** The group that merges values with fewer than k customers (dashboard files), '__other__'. */
  other: '其他',
  chart: {
    warningLine: '警戒线',
    survival: '留存概率',
    band: '95% 置信区间',
    median: '中位数',
    ariaLabel: '{{title}}：图表，点击筛选其他组件，双击下钻',
  },
  kpi: {
    comparison: {
      previousPeriod: '较上期 {{value}}',
      samePeriodLastYear: '同比去年同期 {{value}}',
      target: '目标 {{value}}',
    },
    arrow: {
      up: '上升',
      down: '下降',
      flat: '持平',
    },
    status: {
      green: '正常',
      amber: '关注',
      red: '预警',
    },
    definitionTitle: '指标定义',
    helpLabel: '查看指标定义',
    noDefinition: '此指标没有补充说明。',
    periodMonths: '{{from}} 至 {{to}}',
    periodSnapshot: '最新快照',
  },
  table: {
    groupHeader: '{{value}}（{{count}}）',
    openCustomer: '打开客户 360：{{id}}',
    truncated: '仅显示前 {{count}} 行',
    icon: {
      ok: '正常',
      warning: '关注',
      alert: '预警',
    },
    rowLabel: '第 {{n}} 行：回车下钻，空格筛选',
  },
  states: {
    loading: '正在加载…',
    emptyTitle: '暂无数据',
    errorTitle: '此组件无法显示',
  },
  /** What to do next when a widget has nothing to show, by problem code. */
  empty: {
    noSnapshot: '还没有评分快照：请先在“健康度”页面刷新评分，此组件随后显示数据。',
    noRows: '当前筛选条件下没有数据：清除部分筛选条件，或返回上一层级。',
    noCampaigns: '还没有挽回活动：创建活动后，这里会显示活动效果。',
    noFacts: '还没有按月的流失数据：导入订单并刷新评分后再查看。',
  },
  /** Widget problems that are not query-compiler errors (those read jobs:queryErrors.*). */
  problems: {
    noSnapshot: '还没有评分快照：请先刷新评分',
    notInFile: '此仪表板文件不包含此组件所需的数据',
    unknownMeasure: '未知指标：{{measure}}',
    invalidWidget: '组件设置无效，请在编辑器中检查',
    tooManyCategories: '分类太多，无法绘制：请添加筛选条件或限制数量',
    unknown: '无法计算此组件（代码 {{code}}）',
  },
};

export type DashboardWidgetsMessages = DeepStrings<typeof dashboardWidgetsZhCN>;
