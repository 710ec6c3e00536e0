// English words of namespace 'campaign-words'.
import type { CampaignWordsMessages } from './campaign-words.zh-CN';

export const campaignWordsEn: CampaignWordsMessages = {
  placeholder: '',
};
