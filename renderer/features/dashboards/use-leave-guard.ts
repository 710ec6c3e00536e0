// Unsaved dashboard edits are not lost silently: leaving the page by a link, the navigation or
// back/forward asks first, and closing or reloading the window raises the browser's own prompt.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function useLeaveGuard(dirty: boolean): void {
  const { t } = useTranslation('dashboard-page');
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  useEffect(() => {
    const onHashChange = (event: HashChangeEvent) => {
      if (!dirtyRef.current) return;
      const from = new URL(event.oldURL).hash;
      const to = new URL(event.newURL).hash;
      if (from === to || to.startsWith('#/dashboard')) return;
      // A synchronous confirm keeps the shell from rendering the next page before the answer.
      if (window.confirm(t('leaveGuard'))) {
        dirtyRef.current = false;
        return;
      }
      event.stopImmediatePropagation();
      window.history.replaceState(window.history.state, '', from);
    };
    window.addEventListener('hashchange', onHashChange, { capture: true });
    return () => window.removeEventListener('hashchange', onHashChange, { capture: true });
  }, [t]);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
