// Chinese strings of namespace 'dashboard-widgets' (filled by its feature); the English file has the same keys.
import type { DeepStrings } from './zh-CN';

export const dashboardWidgetsZhCN = {
  title: '仪表板',
};

export type DashboardWidgetsMessages = DeepStrings<typeof dashboardWidgetsZhCN>;
