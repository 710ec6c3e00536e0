// Sandboxed preload: exposes exactly the service API, plus the path of a file dropped on the
// window, and nothing of Electron. Bundled to CommonJS because sandboxed preloads cannot load
// ES modules.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { InvokeResult } from '../../shared/contract/errors';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc-channels';

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

// One IPC listener for all subscribers; the IpcRendererEvent (which carries `sender`) never
// reaches page code.
ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const listener of listeners.get(name) ?? []) {
    try {
      listener(payload);
    } catch (error) {
      console.error(`churnCockpit: listener for ${name} failed`, error);
    }
  }
});

contextBridge.exposeInMainWorld('churnCockpit', {
  /** Where a file dropped on the window lives, so it is imported by path, not uploaded. Only File objects the page was handed have one. */
  pathForFile(file: unknown): string {
    if (!(file instanceof File)) throw new TypeError('pathForFile(file: File)');
    return webUtils.getPathForFile(file);
  },
  invoke(name: string, input: unknown): Promise<InvokeResult<unknown>> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, name, input) as Promise<InvokeResult<unknown>>;
  },
  on(event: string, callback: Listener): () => void {
    if (typeof event !== 'string' || typeof callback !== 'function') throw new TypeError('on(event: string, callback: function)');
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    // Wrapping makes subscribing the same callback twice give two independent subscriptions.
    const entry: Listener = (payload) => callback(payload);
    set.add(entry);
    return () => {
      set.delete(entry);
    };
  },
});
