// English strings of namespace 'dashboard-widgets'.
import type { DashboardWidgetsMessages } from './dashboard-widgets.zh-CN';

export const dashboardWidgetsEn: DashboardWidgetsMessages = {
  title: 'Dashboard widgets',
  other: 'Other',
  chart: {
    warningLine: 'Warning line',
    survival: 'Survival',
    band: '95% confidence band',
    median: 'Median',
    ariaLabel: '{{title}}: chart; click to filter the other widgets, double-click to drill down',
  },
  kpi: {
    comparison: {
      previousPeriod: 'vs previous period {{value}}',
      samePeriodLastYear: 'vs same period last year {{value}}',
      target: 'target {{value}}',
    },
    arrow: {
      up: 'up',
      down: 'down',
      flat: 'unchanged',
    },
    status: {
      green: 'On track',
      amber: 'Watch',
      red: 'Alert',
    },
    definitionTitle: 'Definition',
    helpLabel: 'Show the definition',
    noDefinition: 'This measure has no further explanation.',
    periodMonths: '{{from}} to {{to}}',
    periodSnapshot: 'Latest snapshot',
  },
  table: {
    groupHeader: '{{value}} ({{count}})',
    openCustomer: 'Open Customer 360: {{id}}',
    truncated: 'Showing the first {{count}} rows',
    icon: {
      ok: 'On track',
      warning: 'Watch',
      alert: 'Alert',
    },
    rowLabel: 'Row {{n}}: Enter drills down, Space filters',
  },
  states: {
    loading: 'Loading…',
    emptyTitle: 'No data',
    errorTitle: 'This widget cannot be shown',
  },
  empty: {
    noSnapshot: 'There is no scores snapshot yet: refresh scores on the Health page and this widget fills in.',
    noRows: 'Nothing matches the current filters: clear some filters or go back up a level.',
    noCampaigns: 'There are no win-back campaigns yet: once one exists, its results show here.',
    noFacts: 'There are no monthly churn facts yet: import orders and refresh scores first.',
  },
  problems: {
    noSnapshot: 'There is no scores snapshot yet: refresh scores first',
    notInFile: 'This dashboard file does not hold the data this widget needs',
    unknownMeasure: 'Unknown measure: {{measure}}',
    invalidWidget: 'The widget’s settings are not valid: check it in the editor',
    tooManyCategories: 'Too many categories to draw: add a filter or a limit',
    unknown: 'This widget could not be computed (code {{code}})',
  },
};
