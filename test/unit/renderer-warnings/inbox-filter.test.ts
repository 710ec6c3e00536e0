// The inbox's filter state → the WarningFilter sent to the service and the Actions link.
import { describe, expect, it } from 'vitest';
import { WarningFilterSchema } from '../../../shared/contract/domains/warnings';
import { campaignFromWarningsHref, EMPTY_INBOX_FILTER, isNarrowed, warningFilterOf } from '../../../renderer/features/warnings/inbox-filter';
import { hashParam } from '../../../renderer/app/routes';

describe('warningFilterOf', () => {
  it('spells out the default states and leaves empty choices out', () => {
    expect(warningFilterOf(EMPTY_INBOX_FILTER)).toEqual({ states: ['open', 'acknowledged'] });
    expect(isNarrowed(EMPTY_INBOX_FILTER)).toBe(false);
  });

  it('carries every choice, trims the search, and stays valid for the contract', () => {
    const state = { ruleIds: [2], severities: ['high' as const], owners: ['', 'Li Lei'], states: ['resolved' as const], segmentId: 7, onlyNew: true, search: '  C001 ' };
    const filter = warningFilterOf(state);
    expect(filter).toEqual({ ruleIds: [2], severities: ['high'], owners: ['', 'Li Lei'], states: ['resolved'], segmentId: 7, onlyNew: true, search: 'C001' });
    expect(WarningFilterSchema.parse(filter)).toEqual(filter);
    expect(isNarrowed(state)).toBe(true);
  });

  it('treats an emptied state choice as the default, not as "no state"', () => {
    expect(warningFilterOf({ ...EMPTY_INBOX_FILTER, states: [] }).states).toEqual(['open', 'acknowledged']);
    expect(isNarrowed({ ...EMPTY_INBOX_FILTER, states: ['acknowledged', 'open'] })).toBe(false);
  });
});

describe('campaignFromWarningsHref', () => {
  it('round-trips the filter through the hash the Actions page reads', () => {
    const filter = { severities: ['high' as const], owners: ['张伟'], states: ['open' as const], search: 'a&b=c' };
    const href = campaignFromWarningsHref(filter);
    expect(href.startsWith('#/actions?new=warnings&filter=')).toBe(true);
    expect(hashParam(href, 'new')).toBe('warnings');
    expect(WarningFilterSchema.parse(JSON.parse(hashParam(href, 'filter') ?? 'null'))).toEqual(filter);
  });
});
