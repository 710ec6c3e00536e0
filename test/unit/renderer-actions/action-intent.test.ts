// The Actions page's hash links: what the inbox, a segment and Customer 360 send is read back
// into the contract's audience; a hand-edited or hostile link is ignored.
import { describe, expect, it } from 'vitest';
import { actionIntentFromHash, campaignHref, newFromCustomersHref, newFromWarningsHref } from '../../../renderer/features/actions/action-intent';

describe('actionIntentFromHash', () => {
  it('reads the inbox link (the Warnings page builds it with encodeURIComponent(JSON))', () => {
    const filter = { states: ['open' as const], severities: ['high' as const], owners: ['王芳', ''] };
    const hash = `#/actions?new=warnings&filter=${encodeURIComponent(JSON.stringify(filter))}`;
    expect(actionIntentFromHash(hash)).toEqual({ kind: 'new', audience: { kind: 'warnings', filter } });
    expect(actionIntentFromHash(newFromWarningsHref(filter))).toEqual({ kind: 'new', audience: { kind: 'warnings', filter } });
  });

  it('reads a segment and a list of customers', () => {
    expect(actionIntentFromHash('#/actions?new=segment&segment=12')).toEqual({ kind: 'new', audience: { kind: 'segment', segmentId: 12 } });
    expect(actionIntentFromHash(newFromCustomersHref(['C-1', 'C,2']))).toEqual({ kind: 'new', audience: { kind: 'customers', customerIds: ['C-1', 'C', '2'] } });
    expect(actionIntentFromHash('#/actions?new=customers&customers=C-7,C-7,C-8')).toEqual({ kind: 'new', audience: { kind: 'customers', customerIds: ['C-7', 'C-8'] } });
  });

  it('opens a review by id, before any new-campaign parameter', () => {
    expect(actionIntentFromHash(campaignHref('CMP-2025Q4-CARE'))).toEqual({ kind: 'review', campaignId: 'CMP-2025Q4-CARE' });
    expect(actionIntentFromHash('#/actions?campaign=a%20b&new=segment&segment=3')).toEqual({ kind: 'review', campaignId: 'a b' });
  });

  it('ignores links that are not a valid audience', () => {
    for (const hash of [
      '#/actions',
      '#/actions?new=warnings&filter=%7Bnot json',
      `#/actions?new=warnings&filter=${encodeURIComponent(JSON.stringify({ states: ['bogus'] }))}`,
      '#/actions?new=segment&segment=-1',
      '#/actions?new=segment&segment=abc',
      '#/actions?new=customers&customers=',
      '#/actions?new=sql&where=1',
    ]) {
      expect(actionIntentFromHash(hash)).toEqual({ kind: 'none' });
    }
    // No filter at all: every warning the inbox holds by default.
    expect(actionIntentFromHash('#/actions?new=warnings')).toEqual({ kind: 'new', audience: { kind: 'warnings', filter: {} } });
  });
});
