// Chinese words of namespace 'campaign-words' shared by the service's files (xlsx headers, sheet names) and the
// pages (PLACEHOLDER (lead): the campaigns-core helper fills it); the English file has the same keys.
import type { DeepStrings } from './zh-CN';

export const campaignWordsZhCN = {
  placeholder: '',
};

export type CampaignWordsMessages = DeepStrings<typeof campaignWordsZhCN>;
