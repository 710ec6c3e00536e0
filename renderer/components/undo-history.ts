// Undo/redo over immutable states, bounded so a long session does not keep every draft. Edits
// that continue the same gesture (typing digits into one number box) share a `mergeKey` and
// become one undo step instead of one per keystroke.

export const HISTORY_LIMIT = 100;

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The gesture that produced `present`, if it may absorb the next edit of the same gesture. */
  readonly mergeKey: string | null;
}

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], mergeKey: null };
}

/** Records a new state; the same object again is no edit. Drops redo and the oldest states past the limit. */
export function record<T>(history: History<T>, next: T, mergeKey: string | null = null, limit = HISTORY_LIMIT): History<T> {
  if (next === history.present) return history;
  if (mergeKey !== null && mergeKey === history.mergeKey) return { past: history.past, present: next, future: [], mergeKey };
  const past = [...history.past, history.present];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, present: next, future: [], mergeKey };
}

export function canUndo<T>(history: History<T>): boolean {
  return history.past.length > 0;
}

export function canRedo<T>(history: History<T>): boolean {
  return history.future.length > 0;
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], mergeKey: null };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, mergeKey: null };
}
