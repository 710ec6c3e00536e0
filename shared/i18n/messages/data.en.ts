// English strings of the data feature (i18next namespace 'data').
import type { DataMessages } from './data.zh-CN';

export const dataEn: DataMessages = {
  title: 'data',
};
