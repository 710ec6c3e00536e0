// English strings of namespace 'export-page'.
import type { ExportPageMessages } from './export-page.zh-CN';

export const exportPageEn: ExportPageMessages = {
  title: 'Export',
};
