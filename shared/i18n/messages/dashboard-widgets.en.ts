// English strings of namespace 'dashboard-widgets'.
import type { DashboardWidgetsMessages } from './dashboard-widgets.zh-CN';

export const dashboardWidgetsEn: DashboardWidgetsMessages = {
  title: 'Dashboards',
};
