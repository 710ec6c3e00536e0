// The builder's state: the draft with its undo history, the rule it makes, and edits that
// report a refusal (too deep, into itself) instead of failing silently. The page hears about
// every change of the rule through onChange, not about the initial rule it passed in.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FilterNode } from '../../../../shared/query/ast';
import { replaceRoot, type Draft, type EditResult, type RefusedReason } from './draft';
import { draftToFilter, filterToDraft, type DraftRule } from './draft-filter';
import { canRedo, canUndo, record, redo, startHistory, undo, type History } from '../../../components/undo-history';

export type Edit = (draft: Draft) => EditResult;

export interface BuilderState {
  readonly draft: Draft;
  readonly rule: DraftRule;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Applies an edit; returns why it was refused, or null. */
  readonly apply: (edit: Edit, mergeKey?: string) => RefusedReason | null;
  /** Replaces the canvas with a rule (a template), as one undoable step. */
  readonly load: (filter: FilterNode | undefined) => void;
  readonly undo: () => void;
  readonly redo: () => void;
}

export function useBuilderState(initialFilter: FilterNode | undefined, onChange: ((filter: FilterNode | null) => void) | undefined): BuilderState {
  const [history, setHistory] = useState<History<Draft>>(() => startHistory(filterToDraft(initialFilter)));
  // Edits read the newest history synchronously (two edits in one event must not lose one).
  const current = useRef(history);
  const commit = useCallback((next: History<Draft>) => {
    current.current = next;
    setHistory(next);
  }, []);

  // A new initial rule from the page (another saved segment opened) starts a new history.
  const initialKey = JSON.stringify(initialFilter ?? null);
  const seenInitial = useRef(initialKey);
  useEffect(() => {
    if (seenInitial.current === initialKey) return;
    seenInitial.current = initialKey;
    commit(startHistory(filterToDraft((JSON.parse(initialKey) as FilterNode | null) ?? undefined)));
  }, [initialKey, commit]);

  const draft = history.present;
  const rule = useMemo(() => draftToFilter(draft), [draft]);

  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const lastSent = useRef(JSON.stringify(rule.filter));
  useEffect(() => {
    const key = JSON.stringify(rule.filter);
    if (key === lastSent.current) return;
    lastSent.current = key;
    onChangeRef.current?.(rule.filter);
  }, [rule]);

  const apply = useCallback(
    (edit: Edit, mergeKey?: string): RefusedReason | null => {
      const result = edit(current.current.present);
      if (!result.ok) return result.reason;
      commit(record(current.current, result.draft, mergeKey ?? null));
      return null;
    },
    [commit],
  );
  const load = useCallback(
    (filter: FilterNode | undefined) => {
      const present = current.current.present;
      const loaded = filterToDraft(filter, present.nextId);
      commit(record(current.current, replaceRoot(present, loaded.root, loaded.nextId)));
    },
    [commit],
  );
  const doUndo = useCallback(() => commit(undo(current.current)), [commit]);
  const doRedo = useCallback(() => commit(redo(current.current)), [commit]);

  return { draft, rule, canUndo: canUndo(history), canRedo: canRedo(history), apply, load, undo: doUndo, redo: doRedo };
}
