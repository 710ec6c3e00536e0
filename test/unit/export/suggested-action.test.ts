// The suggested action of a call list: the seeds' strategy per value × risk group, refined by
// the strongest reason type, and a label for every action in both languages.
import { describe, expect, it } from 'vitest';
import { SUGGESTED_ACTIONS, suggestedAction } from '../../../shared/segments/suggested-action';
import { VALUE_RISK_CODES } from '../../../shared/catalog/customer-fields';
import { reasonTypes } from '../../../shared/scoring/reason-types';
import { resources } from '../../../shared/i18n/resources';
import { locales } from '../../../shared/i18n/locales';

describe('suggested action', () => {
  it('follows the seeds’ strategy table when no reason refines it', () => {
    expect(suggestedAction('highValue', null)).toBe('vipCare');
    expect(suggestedAction('potential', null)).toBe('trialFeedback');
    expect(suggestedAction('warning', null)).toBe('winBackPackage');
    expect(suggestedAction('lowValue', null)).toBe('automatedContent');
  });

  it('refines by the strongest reason: service → a service call, price → an offer, competition → a retention plan', () => {
    expect(suggestedAction('warning', 'service')).toBe('serviceRecoveryCall');
    expect(suggestedAction('warning', 'price')).toBe('targetedOffer');
    expect(suggestedAction('warning', 'competition')).toBe('retentionPlan');
    expect(suggestedAction('warning', 'communication')).toBe('proactiveCare');
    expect(suggestedAction('highValue', 'price')).toBe('exclusiveOffer');
    expect(suggestedAction('potential', 'experience')).toBe('experienceOptimisation');
    expect(suggestedAction('lowValue', 'engagement')).toBe('periodicReactivation');
  });

  it('asks the owner to decide for a customer not scored, and treats unknown codes as absent', () => {
    expect(suggestedAction(null, 'service')).toBe('manualReview');
    expect(suggestedAction('vip', null)).toBe('manualReview');
    expect(suggestedAction('warning', 'weather')).toBe('winBackPackage');
  });

  it('puts the lifecycle first: churned customers are won back, prospects welcomed', () => {
    expect(suggestedAction(null, null, 'churned')).toBe('winBackChurned');
    expect(suggestedAction('highValue', 'price', 'churned')).toBe('winBackChurned');
    expect(suggestedAction(null, null, 'prospect')).toBe('welcomeFirstPurchase');
    expect(suggestedAction('highValue', 'price', 'active')).toBe('exclusiveOffer');
  });

  it('answers from the closed list for every group × reason, and each action has a label in both languages', () => {
    const used = new Set<string>();
    for (const group of [...VALUE_RISK_CODES, null]) for (const reason of [...reasonTypes, null]) used.add(suggestedAction(group, reason));
    for (const lifecycle of ['active', 'churned', 'prospect']) used.add(suggestedAction(null, null, lifecycle));
    for (const action of used) expect(SUGGESTED_ACTIONS).toContain(action);
    // Every action of the list is reachable: none is dead text in the i18n files.
    expect([...used].sort()).toEqual([...SUGGESTED_ACTIONS].sort());
    for (const locale of locales) {
      for (const action of SUGGESTED_ACTIONS) expect(resources[locale]['call-list'].actions[action].trim()).not.toBe('');
    }
    expect(resources['zh-CN']['call-list'].actions.serviceRecoveryCall).toBe('VIP 客服回访');
  });
});
