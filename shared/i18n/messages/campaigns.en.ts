// English strings of namespace 'campaigns'.
import type { CampaignsMessages } from './campaigns.zh-CN';

export const campaignsEn: CampaignsMessages = {
  title: 'Actions',
};
