// English words of namespace 'warning-words'.
import type { WarningWordsMessages } from './warning-words.zh-CN';

export const warningWordsEn: WarningWordsMessages = {
  builtin: {
    lowHealthHighValue: { name: 'Low health, high value', description: 'Health below 40 and value tier high' },
    scoreDrop: { name: 'Health score dropped', description: 'Health fell by 15 points or more since the previous snapshot' },
    overdueCycle: { name: 'No order for 2× the usual cycle', description: 'Days since the last order are at least twice the customer’s usual gap between orders' },
  },
  severity: { high: 'High', medium: 'Medium', low: 'Low' },
  state: { open: 'Open', acknowledged: 'Acknowledged', resolved: 'Resolved', expired: 'Expired' },
  target: { all: 'All customers not churned', segment: 'Segment: {{name}}' },
  export: {
    title: 'High-risk list by owner',
    noOwner: 'No owner',
    columns: {
      customerId: 'Customer ID',
      name: 'Customer name',
      rule: 'Warning rule',
      severity: 'Severity',
      state: 'State',
      firedOn: 'Fired on',
      healthScore: 'Health',
      tier: 'Health tier',
      churnProbability: 'Churn probability',
      clv: 'CLV',
      topReason: 'Top reason',
      owner: 'Owner',
      assignee: 'Assignee',
      note: 'Note',
    },
    kpis: { warnings: 'Warnings', high: 'High severity', owners: 'Owners' },
    filters: {
      states: 'State',
      severities: 'Severity',
      rules: 'Warning rule',
      owners: 'Owner',
      segment: 'Segment',
      onlyNew: 'Scope',
      onlyNewValue: 'Raised by the latest refresh only',
      search: 'Search',
      customer: 'Customer',
    },
    listSeparator: ', ',
  },
};
