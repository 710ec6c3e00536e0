// Files dropped anywhere on the window, and Ctrl/Cmd+O (in the desktop app, File ▸ Import
// Files…), from any page. The shell listens (it is always mounted) and hands them to the Data
// page, which may not be mounted yet: like the find shortcut, a hand-off made before the page
// subscribes is kept and delivered when it does.
// Kept free of antd and React components so the shell's bundle does not grow.
import { useEffect } from 'react';
import { electronBridge } from '../../api/bridge';
import { on } from '../../api/client';
import { navigate } from '../../app/use-hash-route';

export type Intake = { kind: 'files'; files: File[] } | { kind: 'pick' };
type Listener = (intake: Intake) => void;

const listeners = new Set<Listener>();
const pending: Intake[] = [];

function deliver(intake: Intake): void {
  if (listeners.size === 0) {
    pending.push(intake);
    return;
  }
  for (const listener of listeners) listener(intake);
}

export function onIntake(listener: Listener): () => void {
  listeners.add(listener);
  for (const intake of pending.splice(0)) listener(intake);
  return () => {
    listeners.delete(listener);
  };
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function isOpenShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'o';
}

/** Mounted once by the shell. */
export function useFileIntake(): void {
  useEffect(() => {
    // Without preventDefault on dragover the browser would open the dropped file itself,
    // navigating away from the app.
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // The Data page's own drop zone handles drops on it.
      if (event.target instanceof Element && event.target.closest('[data-drop-zone]')) return;
      event.preventDefault();
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      deliver({ kind: 'files', files });
      navigate('data');
    };
    const pick = () => {
      deliver({ kind: 'pick' });
      navigate('data');
    };
    // In the desktop app Ctrl/Cmd+O belongs to the File menu ("Import files…"), which sends the
    // same request as an app.command; answering the key here too would open two dialogs.
    const desktop = electronBridge() !== undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (desktop || !isOpenShortcut(event)) return;
      event.preventDefault();
      pick();
    };
    const offCommand = desktop
      ? on('app.command', ({ command }) => {
          if (command === 'import-files') pick();
        })
      : () => undefined;
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('keydown', onKeyDown);
      offCommand();
    };
  }, []);
}
