// English strings of namespace 'dashboard-page'.
import type { DashboardPageMessages } from './dashboard-page.zh-CN';

export const dashboardPageEn: DashboardPageMessages = {
  title: 'Dashboards',
};
