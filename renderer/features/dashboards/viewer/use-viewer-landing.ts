// When the host opened a dashboard file at startup (double click, `serve FILE.churndash`), the
// app lands on the viewer instead of the default page.
import { useEffect } from 'react';
import { invoke } from '../../../api/client';
import { navigate } from '../../../app/use-hash-route';

export function useViewerLanding(): void {
  useEffect(() => {
    let live = true;
    invoke('viewer.info', {}).then(
      (info) => {
        if (live && info !== null && !window.location.hash.startsWith('#/viewer')) navigate('viewer');
      },
      // A host without a viewer (or without a file) keeps the page asked for.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
}
