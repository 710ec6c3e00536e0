// English strings of namespace 'exports'.
import type { ExportsMessages } from './exports.zh-CN';

export const exportsEn: ExportsMessages = {
  title: 'Export',
};
