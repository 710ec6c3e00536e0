// The inbox's keyboard: Ctrl/Cmd+A selects every warning matching the filter (not the page's
// text), Shift+K acknowledges and Shift+R resolves the selection, Esc clears it. Keys typed into
// a field or while a dialog is open are left alone.
import { useEffect, useRef } from 'react';

export interface InboxKeyHandlers {
  selectAll: () => void;
  acknowledge: () => void;
  resolve: () => void;
  clear: () => void;
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('.ant-select, .ant-modal') !== null;
}

/** `active`: the inbox tab is the one shown (the rules tab keeps the inbox mounted but hidden). */
export function useInboxKeys(handlers: InboxKeyHandlers, active: boolean): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!active) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (typing(event.target) || document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal')) return;
      const key = event.key.toLowerCase();
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && key === 'a') {
        event.preventDefault();
        latest.current.selectAll();
      } else if (event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && key === 'k') {
        event.preventDefault();
        latest.current.acknowledge();
      } else if (event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && key === 'r') {
        event.preventDefault();
        latest.current.resolve();
      } else if (key === 'escape') {
        latest.current.clear();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);
}
