// The suggested playbook: the customer's value × risk group first, then the reason type, then cost.
import { describe, expect, it } from 'vitest';
import { matchPlaybook } from '../../../shared/campaigns/playbook-match';

// The seeded library of migration 011.
const LIBRARY = [
  { id: 1, code: 'exclusiveOffer', costPerContact: 50, valueRisk: ['highValue', 'warning'], reasonTypes: ['price'] },
  { id: 2, code: 'vipService', costPerContact: 80, valueRisk: ['highValue'], reasonTypes: ['service', 'experience'] },
  { id: 3, code: 'careCall', costPerContact: 35, valueRisk: ['warning', 'highValue'], reasonTypes: ['communication', 'engagement', 'service'] },
  { id: 4, code: 'productTraining', costPerContact: 120, valueRisk: ['potential', 'warning'], reasonTypes: ['engagement', 'experience'] },
  { id: 5, code: 'pricingPlan', costPerContact: 20, valueRisk: ['potential', 'lowValue', 'warning'], reasonTypes: ['price'] },
  { id: 6, code: 'competitorComparison', costPerContact: 15, valueRisk: ['potential', 'warning', 'highValue'], reasonTypes: ['competition'] },
];

const code = (valueRisk: string | null, reason: string | null) => matchPlaybook(LIBRARY, valueRisk, reason)?.code ?? null;

describe('matchPlaybook', () => {
  it.each([
    ['highValue', 'price', 'exclusiveOffer'],
    ['highValue', 'experience', 'vipService'],
    // Both vipService and careCall cover a high-value service problem: the cheaper call wins.
    ['highValue', 'service', 'careCall'],
    ['warning', 'price', 'pricingPlan'],
    ['warning', 'communication', 'careCall'],
    ['potential', 'experience', 'productTraining'],
    ['lowValue', 'price', 'pricingPlan'],
    ['potential', 'competition', 'competitorComparison'],
  ])('%s with %s → %s', (valueRisk, reason, expected) => {
    expect(code(valueRisk, reason)).toBe(expected);
  });

  it('falls back to the cheapest playbook of the group when no reason matches, and suggests nothing without a group', () => {
    expect(code('lowValue', 'engagement')).toBe('pricingPlan');
    expect(code('warning', null)).toBe('competitorComparison');
    expect(code(null, 'price')).toBeNull();
    expect(matchPlaybook([{ id: 9, valueRisk: [], reasonTypes: [], costPerContact: 0 }], 'lowValue', 'price')?.id).toBe(9);
  });
});
