// Chinese strings of namespace 'warnings' (PLACEHOLDER (lead): the warnings helper fills it); the English file has the same keys.
import type { DeepStrings } from './zh-CN';

export const warningsZhCN = {
  title: '预警',
};

export type WarningsMessages = DeepStrings<typeof warningsZhCN>;
