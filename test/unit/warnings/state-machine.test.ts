// The warning state machine, table-driven across three refreshes: each case gives whether the
// condition holds at refresh 1, 2 and 3 and what a person does between them, and expects the
// transitions and the pair's rows afterwards.
import { describe, expect, it } from 'vitest';
import { actionResult, advancePair, armedStatesFor, refreshTransition, type PairRow, type RefreshTransition, type WarningAction } from '../../../shared/warnings/state-machine';
import type { WarningState } from '../../../shared/contract/domains/warnings';

interface Case {
  readonly name: string;
  readonly holds: readonly [boolean, boolean, boolean];
  /** A person's action on the armed row after refresh k (index 0 = after refresh 1). */
  readonly actions?: readonly [WarningAction | null, WarningAction | null];
  readonly transitions: readonly [RefreshTransition, RefreshTransition, RefreshTransition];
  /** Every row of the pair at the end, oldest first: [state, armed, firedAt, lastSeenAt]. */
  readonly rows: readonly (readonly [WarningState, boolean, number, number])[];
}

const CASES: readonly Case[] = [
  { name: 'fires once and holds', holds: [true, true, true], transitions: ['raise', 'hold', 'hold'], rows: [['open', true, 1, 3]] },
  {
    name: 'expires, re-arms and fires again',
    holds: [true, false, true],
    transitions: ['raise', 'expire', 'raise'],
    rows: [
      ['expired', false, 1, 1],
      ['open', true, 3, 3],
    ],
  },
  { name: 'never holds: nothing', holds: [false, false, false], transitions: ['none', 'none', 'none'], rows: [] },
  { name: 'fires late', holds: [false, false, true], transitions: ['none', 'none', 'raise'], rows: [['open', true, 3, 3]] },
  {
    name: 'acknowledged keeps holding, then expires',
    holds: [true, true, false],
    actions: ['acknowledge', null],
    transitions: ['raise', 'hold', 'expire'],
    rows: [['expired', false, 1, 2]],
  },
  {
    name: 'resolved while still true: no refire',
    holds: [true, true, true],
    actions: ['resolve', null],
    transitions: ['raise', 'hold', 'hold'],
    rows: [['resolved', true, 1, 3]],
  },
  {
    name: 'resolved, clears (re-arm), fires again',
    holds: [true, false, true],
    actions: ['resolve', null],
    transitions: ['raise', 'clear', 'raise'],
    rows: [
      ['resolved', false, 1, 1],
      ['open', true, 3, 3],
    ],
  },
  {
    name: 'reopened after resolve, then expires',
    holds: [true, true, false],
    actions: ['resolve', 'reopen'],
    transitions: ['raise', 'hold', 'expire'],
    rows: [['expired', false, 1, 2]],
  },
  {
    name: 'assigned stays open',
    holds: [true, true, true],
    actions: ['assign', null],
    transitions: ['raise', 'hold', 'hold'],
    rows: [['open', true, 1, 3]],
  },
];

function applyAction(rows: PairRow[], action: WarningAction | null): PairRow[] {
  if (action === null) return rows;
  return rows.map((r) => {
    const to = actionResult(r.state, r.armed, action);
    return to === null ? r : { ...r, state: to };
  });
}

describe('warning state machine across three refreshes', () => {
  it.each(CASES)('$name', (c) => {
    let rows: PairRow[] = [];
    const transitions: RefreshTransition[] = [];
    for (let k = 0; k < 3; k += 1) {
      const step = advancePair(rows, c.holds[k]!, k + 1);
      transitions.push(step.transition);
      rows = k < 2 ? applyAction(step.rows, c.actions?.[k] ?? null) : step.rows;
    }
    expect(transitions).toEqual(c.transitions);
    expect(rows.map((r) => [r.state, r.armed, r.firedAt, r.lastSeenAt])).toEqual(c.rows);
    // Never two armed rows of one pair (the unique partial index of migration 011).
    expect(rows.filter((r) => r.armed).length).toBeLessThanOrEqual(1);
  });
});

describe('transitions and actions', () => {
  it('gives the evaluator its state lists', () => {
    expect(armedStatesFor('hold', true)).toEqual(['open', 'acknowledged', 'resolved']);
    expect(armedStatesFor('expire', false)).toEqual(['open', 'acknowledged']);
    expect(armedStatesFor('clear', false)).toEqual(['resolved']);
    expect(refreshTransition(null, true)).toBe('raise');
    expect(refreshTransition(null, false)).toBe('none');
  });

  it('refuses actions that do not apply', () => {
    expect(actionResult('open', true, 'acknowledge')).toBe('acknowledged');
    expect(actionResult('acknowledged', true, 'acknowledge')).toBeNull();
    expect(actionResult('expired', false, 'resolve')).toBeNull();
    expect(actionResult('resolved', false, 'reopen')).toBeNull();
    expect(actionResult('resolved', true, 'reopen')).toBe('open');
    expect(actionResult('acknowledged', true, 'assign')).toBe('acknowledged');
    expect(actionResult('resolved', true, 'assign')).toBeNull();
  });
});
