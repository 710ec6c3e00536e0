// Chinese strings of namespace 'campaigns' (PLACEHOLDER (lead): the campaigns helper fills it); the English file has the same keys.
import type { DeepStrings } from './zh-CN';

export const campaignsZhCN = {
  title: '挽回行动',
};

export type CampaignsMessages = DeepStrings<typeof campaignsZhCN>;
