// Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo — while focus is in the builder or nowhere
// in particular (a dialog of the page keeps its own text undo).
import { useEffect, type RefObject } from 'react';
import type { BuilderState } from './use-builder-state';

export type UndoKey = 'undo' | 'redo' | null;

/** Which history step a key press asks for. Pure, for the unit test. */
export function undoKeyOf(event: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }): UndoKey {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

export function useUndoKeys(root: RefObject<HTMLElement | null>, state: Pick<BuilderState, 'undo' | 'redo'>): void {
  const { undo, redo } = state;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const step = undoKeyOf(event);
      if (!step) return;
      const target = event.target instanceof Node ? event.target : null;
      const inBuilder = target !== null && root.current?.contains(target) === true;
      if (!inBuilder && target !== document.body && target !== document.documentElement) return;
      event.preventDefault();
      if (step === 'undo') undo();
      else redo();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [root, undo, redo]);
}
