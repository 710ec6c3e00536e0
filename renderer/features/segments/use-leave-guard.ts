// The editor's guard against losing unsaved changes: the back button, a link or a navigation
// entry, back/forward, and closing or reloading the window all ask first while some are left.
import { useCallback, useEffect, useRef } from 'react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';

export interface LeaveGuard {
  /** Asks, then runs `leave` on OK. */
  confirmLeave: (leave: () => void) => void;
  /** The next address change is the editor's own (after a save), not leaving unsaved work. */
  markLeaving: () => void;
}

export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const { t } = useTranslation('segment-lists');
  const { modal } = App.useApp();
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const leaving = useRef(false);
  useEffect(() => {
    // An edit after a save is unsaved work again.
    if (dirty) leaving.current = false;
  }, [dirty]);
  const confirmLeave = useCallback(
    (leave: () => void) => {
      modal.confirm({
        title: t('editor.leaveTitle'),
        content: t('editor.leaveBody'),
        okText: t('editor.leaveOk'),
        okButtonProps: { danger: true, 'data-testid': 'segment-leave-ok' },
        cancelText: t('editor.leaveCancel'),
        onOk: () => {
          leaving.current = true;
          leave();
        },
      });
    },
    [modal, t],
  );
  useEffect(() => {
    const onHashChange = (event: HashChangeEvent) => {
      if (!dirtyRef.current || leaving.current) return;
      const from = new URL(event.oldURL).hash;
      const to = new URL(event.newURL).hash;
      if (from === to) return;
      window.history.replaceState(window.history.state, '', from);
      confirmLeave(() => (window.location.hash = to));
    };
    // A link or a navigation entry changes the hash synchronously and the shell may render before
    // the hashchange event: its click is held back here, in the capture phase, and replayed on OK.
    const onClick = (event: MouseEvent) => {
      if (!dirtyRef.current || leaving.current || !(event.target instanceof Element)) return;
      const item = event.target.closest('a[href^="#"], li[role="menuitem"]');
      const link = item?.matches('a') ? item : item?.querySelector('a[href^="#"]');
      const to = link?.getAttribute('href');
      if (!to || to === window.location.hash || link?.closest('[data-testid="segment-editor"]')) return;
      event.preventDefault();
      event.stopPropagation();
      confirmLeave(() => (window.location.hash = to));
    };
    // Capture: both run before the shell's own listeners, which would switch pages at once.
    window.addEventListener('hashchange', onHashChange, { capture: true });
    document.addEventListener('click', onClick, { capture: true });
    return () => {
      window.removeEventListener('hashchange', onHashChange, { capture: true });
      document.removeEventListener('click', onClick, { capture: true });
    };
  }, [confirmLeave]);

  // Closing the window or reloading with unsaved changes asks first (the browser's own prompt).
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const markLeaving = useCallback(() => {
    leaving.current = true;
  }, []);
  return { confirmLeave, markLeaving };
}
