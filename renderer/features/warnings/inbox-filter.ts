// The inbox's filter as the page holds it, and what crosses to the service: empty choices are
// left out so "no severity chosen" means every severity, and the default states (open and
// acknowledged) are spelt out so a bulk action acts on exactly the rows on screen.
import type { WarningFilter, WarningSeverity, WarningState } from '../../../shared/contract/domains/warnings';

export interface InboxFilterState {
  readonly ruleIds: readonly number[];
  readonly severities: readonly WarningSeverity[];
  readonly owners: readonly string[];
  readonly states: readonly WarningState[];
  readonly segmentId: number | null;
  readonly onlyNew: boolean;
  readonly search: string;
}

export const DEFAULT_STATES: readonly WarningState[] = ['open', 'acknowledged'];

export const EMPTY_INBOX_FILTER: InboxFilterState = { ruleIds: [], severities: [], owners: [], states: DEFAULT_STATES, segmentId: null, onlyNew: false, search: '' };

export function warningFilterOf(state: InboxFilterState): WarningFilter {
  const search = state.search.trim();
  return {
    ...(state.ruleIds.length > 0 ? { ruleIds: [...state.ruleIds] } : {}),
    ...(state.severities.length > 0 ? { severities: [...state.severities] } : {}),
    ...(state.owners.length > 0 ? { owners: [...state.owners] } : {}),
    states: state.states.length > 0 ? [...state.states] : [...DEFAULT_STATES],
    ...(state.segmentId !== null ? { segmentId: state.segmentId } : {}),
    ...(state.onlyNew ? { onlyNew: true } : {}),
    ...(search ? { search } : {}),
  };
}

/** Whether the analyst narrowed the inbox (the empty state then says "nothing matches", not "all clear"). */
export function isNarrowed(state: InboxFilterState): boolean {
  const sameStates = state.states.length === DEFAULT_STATES.length && DEFAULT_STATES.every((s) => state.states.includes(s));
  return (
    state.ruleIds.length > 0 || state.severities.length > 0 || state.owners.length > 0 || !sameStates || state.segmentId !== null || state.onlyNew || state.search.trim() !== ''
  );
}

/** "Start a campaign from these": the Actions page opens its New-campaign dialog with this warning list as the audience. */
export function campaignFromWarningsHref(filter: WarningFilter): string {
  return `#/actions?new=warnings&filter=${encodeURIComponent(JSON.stringify(filter))}`;
}
