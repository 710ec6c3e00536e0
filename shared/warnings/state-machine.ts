// One rule × customer across refreshes (PRODUCT.md §6 "Warnings"). At most one warning row of a
// pair is "armed" (migration 011: cleared_snapshot_id IS NULL). A refresh decides, from the armed
// row's state and whether the rule's condition holds now, one transition:
//   no armed row, holds        → raise  (a new open warning: the only way anything fires)
//   open / acknowledged, holds → hold   (last seen moves on; nobody is alerted again)
//   open / acknowledged, not   → expire (state expired, cleared: the pair re-arms)
//   resolved, holds            → hold   (resolved but still true: no refire until it clears)
//   resolved, not              → clear  (state stays resolved, cleared: the pair re-arms)
//   no armed row, not          → none
// The store's evaluator (electron/store/warnings/evaluate.ts) runs these set-wise in SQL and
// takes its state lists from here, so this table is the one definition of the behaviour.
import type { WarningState } from '../contract/domains/warnings';

/** States an armed row can have; expired rows are always cleared. */
export const ARMED_STATES = ['open', 'acknowledged', 'resolved'] as const satisfies readonly WarningState[];
export type ArmedState = (typeof ARMED_STATES)[number];

export type RefreshTransition = 'raise' | 'hold' | 'expire' | 'clear' | 'none';

export function refreshTransition(armed: ArmedState | null, holds: boolean): RefreshTransition {
  if (armed === null) return holds ? 'raise' : 'none';
  if (holds) return 'hold';
  return armed === 'resolved' ? 'clear' : 'expire';
}

/** The armed states for which a refresh makes `transition` when the condition holds (or not). */
export function armedStatesFor(transition: RefreshTransition, holds: boolean): ArmedState[] {
  return ARMED_STATES.filter((state) => refreshTransition(state, holds) === transition);
}

/** The state a row has after the transition (clear keeps resolved; hold keeps its state). */
export function stateAfter(armed: ArmedState | null, transition: RefreshTransition): WarningState | null {
  switch (transition) {
    case 'raise':
      return 'open';
    case 'expire':
      return 'expired';
    case 'hold':
    case 'clear':
      return armed;
    case 'none':
      return null;
  }
}

/**
 * What a person may do in the inbox, from which states, and what follows. Every action works on
 * armed rows only: an expired or cleared warning is history, and a new firing opens a new row.
 */
export const WARNING_ACTIONS = {
  acknowledge: { from: ['open'], to: 'acknowledged' },
  assign: { from: ['open', 'acknowledged'], to: null },
  resolve: { from: ['open', 'acknowledged'], to: 'resolved' },
  reopen: { from: ['acknowledged', 'resolved'], to: 'open' },
} as const satisfies Record<string, { from: readonly ArmedState[]; to: ArmedState | null }>;
export type WarningAction = keyof typeof WARNING_ACTIONS;

/** The state after a person's action, or null when the action does not apply to the state. */
export function actionResult(state: WarningState, armed: boolean, action: WarningAction): WarningState | null {
  const rule = WARNING_ACTIONS[action];
  if (!armed || !(rule.from as readonly WarningState[]).includes(state)) return null;
  return rule.to ?? state;
}

/** The rows of one pair as a simulation keeps them: the test oracle of the SQL evaluator. */
export interface PairRow {
  readonly state: WarningState;
  readonly armed: boolean;
  /** Refresh index it fired on and was last seen on. */
  readonly firedAt: number;
  readonly lastSeenAt: number;
}

/** One refresh over a pair's rows (oldest first): the new rows and the transition made. */
export function advancePair(rows: readonly PairRow[], holds: boolean, at: number): { rows: PairRow[]; transition: RefreshTransition } {
  const armedIndex = rows.findIndex((r) => r.armed);
  const armedRow = armedIndex < 0 ? null : rows[armedIndex]!;
  const transition = refreshTransition(armedRow ? (armedRow.state as ArmedState) : null, holds);
  const next = [...rows];
  if (transition === 'raise') next.push({ state: 'open', armed: true, firedAt: at, lastSeenAt: at });
  else if (armedRow && transition === 'hold') next[armedIndex] = { ...armedRow, lastSeenAt: at };
  else if (armedRow && (transition === 'expire' || transition === 'clear'))
    next[armedIndex] = { ...armedRow, armed: false, state: stateAfter(armedRow.state as ArmedState, transition) ?? armedRow.state };
  return { rows: next, transition };
}
