// Chinese strings of the data feature (i18next namespace 'data'); the English file must have the same keys.
import type { DeepStrings } from './zh-CN';

export const dataZhCN = {
  title: 'data',
};

export type DataMessages = DeepStrings<typeof dataZhCN>;
