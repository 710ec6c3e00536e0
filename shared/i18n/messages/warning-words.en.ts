// English words of namespace 'warning-words'.
import type { WarningWordsMessages } from './warning-words.zh-CN';

export const warningWordsEn: WarningWordsMessages = {
  placeholder: '',
};
