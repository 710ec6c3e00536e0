// Chinese words of namespace 'warning-words' shared by the service's files (xlsx headers, sheet names) and the
// pages (PLACEHOLDER (lead): the warnings-core helper fills it); the English file has the same keys.
import type { DeepStrings } from './zh-CN';

export const warningWordsZhCN = {
  placeholder: '',
};

export type WarningWordsMessages = DeepStrings<typeof warningWordsZhCN>;
