// Chinese strings of namespace 'export-page' (the Export and 月度报告 menus, dialogs and progress on the Dashboards page); the English file has the same keys.
// PLACEHOLDER (lead): the helper owning this namespace fills it.
import type { DeepStrings } from './zh-CN';

export const exportPageZhCN = {
  title: '导出',
};

export type ExportPageMessages = DeepStrings<typeof exportPageZhCN>;
