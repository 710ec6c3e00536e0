// Chinese strings of namespace 'dashboard-page' (filled by its feature); the English file has the same keys.
import type { DeepStrings } from './zh-CN';

export const dashboardPageZhCN = {
  title: '仪表板',
};

export type DashboardPageMessages = DeepStrings<typeof dashboardPageZhCN>;
