// Chinese strings of namespace 'exports' (the words inside exported workbooks, PDFs and the monthly report (cover, sheets, notes)); the English file has the same keys.
// PLACEHOLDER (lead): the helper owning this namespace fills it.
import type { DeepStrings } from './zh-CN';

export const exportsZhCN = {
  title: '导出',
};

export type ExportsMessages = DeepStrings<typeof exportsZhCN>;
