// English strings of the dashboard templates' titles and texts (i18next namespace 'dashboards').
import type { DashboardsMessages } from './dashboards.zh-CN';

export const dashboardsEn: DashboardsMessages = {
  templates: {
    names: { cockpit: 'Churn warning cockpit', monthly: 'Monthly churn review', campaign: 'Campaign review' },
    cockpit: {
      title: 'Churn warning cockpit',
      active: 'Active customers',
      churnRate: 'Churn rate last month',
      atRisk: 'At-risk customers',
      clvAtRisk: 'CLV at risk',
      winback: 'Win-back rate, last 3 months',
      atRiskShare: 'At-risk share',
      trend: 'Monthly churn rate',
      tiers: 'Health tiers',
      reasons: 'Top reasons of at-risk customers',
      valueRisk: 'Value × risk',
      byRegion: 'At-risk customers by region',
      cohorts: 'Cohort retention',
      highRisk: 'High-risk customers by owner',
    },
    monthly: {
      title: 'Monthly churn review',
      churnRateYoy: 'Churn rate last month (year on year)',
      churned: 'Churned last month',
      acquired: 'New customers last month',
      returned: 'Returned last month',
      trend: 'Churned customers and churn rate, last 12 months',
      churnedByDate: 'Churned customers by churn date (drill down)',
      byRegion: 'Churn rate by region, last month',
      byOwner: 'Churn rate by owner, last month',
      bySegment: 'Health tiers by customer segment',
      reasons: 'Reasons of at-risk customers',
      survival: 'Customer survival (Kaplan–Meier)',
    },
    campaign: {
      title: 'Campaign review',
      intro: 'Treatment against control, uplift with confidence intervals and ROI of win-back campaigns will show here once the first campaign exists.',
    },
  },
};
