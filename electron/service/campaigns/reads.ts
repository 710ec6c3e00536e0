// Playbook and campaign reads on the read pool (read-pool/read-operations.ts). Lead's scaffold:
// the campaigns helper replaces the bodies.
import { AppError } from '../../../shared/contract/errors';
import type { ReadHandlers } from '../context';

function notYet(name: string): never {
  throw new AppError('INTERNAL', `${name}: not built yet`);
}

export const campaignReads: ReadHandlers<'playbook.list' | 'playbook.suggest' | 'campaign.list' | 'campaign.get' | 'campaign.plan' | 'campaign.members' | 'campaign.effect'> = {
  'playbook.list': () => notYet('playbook.list'),
  'playbook.suggest': () => notYet('playbook.suggest'),
  'campaign.list': () => notYet('campaign.list'),
  'campaign.get': () => notYet('campaign.get'),
  'campaign.plan': () => notYet('campaign.plan'),
  'campaign.members': () => notYet('campaign.members'),
  'campaign.effect': () => notYet('campaign.effect'),
};
