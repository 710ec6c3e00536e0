// Undo/redo keys while the layout editor is on; typing in a field keeps the field's own undo.
import { useEffect, useRef } from 'react';
import { editKeyOf } from './edit-keys';
import type { DashboardDraft } from './use-dashboard-draft';

export function useEditKeys(enabled: boolean, draft: DashboardDraft): void {
  const latest = useRef(draft);
  latest.current = draft;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const key = editKeyOf(event);
      if (!key) return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      event.preventDefault();
      if (key === 'undo') latest.current.undo();
      else latest.current.redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
