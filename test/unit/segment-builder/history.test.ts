// Undo/redo of the segment builder: bounded, redo dropped by a new edit, one step per gesture.
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, record, redo, startHistory, undo } from '../../../renderer/components/undo-history';
import { undoKeyOf } from '../../../renderer/features/segments/builder/use-undo-keys';

describe('history', () => {
  it('undoes and redoes in order, and a new edit drops what could be redone', () => {
    let h = startHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect([h.present, canUndo(h), canRedo(h)]).toEqual(['a', false, true]);
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'd');
    expect([h.present, canRedo(h), h.past]).toEqual(['d', false, ['a', 'b']]);
  });

  it('treats the same state as no edit and undo/redo at the ends as nothing', () => {
    const h = startHistory({ n: 1 });
    expect(record(h, h.present)).toBe(h);
    expect(undo(h)).toBe(h);
    expect(redo(h)).toBe(h);
  });

  it('keeps at most `limit` states to undo to', () => {
    let h = startHistory(0);
    for (let i = 1; i <= 10; i++) h = record(h, i, null, 3);
    expect(h.past).toEqual([7, 8, 9]);
  });

  it('merges edits of one gesture into one undo step, and starts a new one after undo', () => {
    let h = startHistory('');
    h = record(h, '1', 'n1.value');
    h = record(h, '12', 'n1.value');
    h = record(h, '123', 'n1.value');
    expect(h.past).toEqual(['']);
    h = record(h, '123x', 'n2.value');
    expect(h.past).toEqual(['', '123']);
    h = undo(h);
    h = record(h, '1234', 'n1.value');
    expect(h.past).toEqual(['', '123']);
  });
});

describe('undo keys', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
    undoKeyOf({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('maps Ctrl/Cmd+Z to undo, with Shift or Ctrl+Y to redo, and nothing else', () => {
    expect([key('z', { ctrlKey: true }), key('z', { metaKey: true }), key('Z', { ctrlKey: true, shiftKey: true }), key('y', { ctrlKey: true })]).toEqual([
      'undo',
      'undo',
      'redo',
      'redo',
    ]);
    expect([key('z'), key('z', { ctrlKey: true, altKey: true }), key('s', { ctrlKey: true })]).toEqual([null, null, null]);
  });
});
