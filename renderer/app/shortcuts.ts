// The keyboard shortcuts of PRODUCT.md §7 — Ctrl/Cmd+S save, +E export, +F find — in one place.
// The shell listens once (useGlobalShortcuts); a page that can save or export registers what
// the key does there while it is mounted (useShortcutAction). Where nothing is registered the
// key still answers: a translated message says what it does and where (so a press is never
// silently swallowed, nor left to the browser's "Save page as…").
// Ctrl/Cmd+O stays with file intake (features/data/file-intake.ts): in the desktop app it is
// the File menu's accelerator.
import { useEffect, useRef } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { requestFind } from './find-shortcut';
import { navigate } from './use-hash-route';

export type ShortcutAction = 'save' | 'export' | 'find';

const keys: Record<string, ShortcutAction> = { s: 'save', e: 'export', f: 'find' };

/** The action a key press asks for, or null: Ctrl (Cmd on macOS) with S, E or F and no other modifier. */
export function shortcutOf(event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'key'>): ShortcutAction | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  return keys[event.key.toLowerCase()] ?? null;
}

type Handler = () => void;
// Newest registration first: a modal that saves outranks the page beneath it.
const handlers: Record<'save' | 'export', Handler[]> = { save: [], export: [] };

export function registerShortcutAction(action: 'save' | 'export', handler: Handler): () => void {
  handlers[action].unshift(handler);
  return () => {
    const list = handlers[action];
    const i = list.indexOf(handler);
    if (i >= 0) list.splice(i, 1);
  };
}

/** Runs the registered handler of an action; false when this screen has none. */
export function runShortcutAction(action: 'save' | 'export'): boolean {
  const handler = handlers[action][0];
  if (!handler) return false;
  handler();
  return true;
}

/** While mounted and enabled, Ctrl/Cmd+S (or +E) runs `handler` (the latest one given). */
export function useShortcutAction(action: 'save' | 'export', handler: Handler, enabled = true): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => (enabled ? registerShortcutAction(action, () => latest.current()) : undefined), [action, enabled]);
}

export function useGlobalShortcuts(): void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutOf(event);
      if (!action) return;
      event.preventDefault();
      if (action === 'find') {
        requestFind();
        navigate('customers');
        return;
      }
      if (!runShortcutAction(action)) void message.info({ content: t(`shortcuts.unavailable.${action}`), key: `shortcut-${action}`, className: `shortcut-${action}-unavailable` });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [t, message]);
}
