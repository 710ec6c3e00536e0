// An outcome file's reject code in words: the page's words for the codes it knows, the code
// itself otherwise, so a code the importer adds later still shows something exact.
import type { TFunction } from 'i18next';
import { resources } from '../../../shared/i18n/resources';

type CampaignsT = TFunction<'campaigns'>;

const OWN = Object.keys(resources['zh-CN'].campaigns.rejectCodes);

export function rejectCodeText(code: string, t: CampaignsT): string {
  if (OWN.includes(code)) return t(`rejectCodes.${code as keyof (typeof resources)['zh-CN']['campaigns']['rejectCodes']}`);
  return code;
}
