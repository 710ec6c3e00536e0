// The main process's decisions, separated from Electron calls so they are unit-tested
// without the Electron binary.
import type { AppErrorPayload } from '../../shared/contract/errors';
import { isOperationName, type OperationName } from '../../shared/contract/operations';
import { isAppUrl } from './app-protocol';

const WORKSPACE_FILE = /\.(churn|churndash)$/i;

/**
 * The workspace a launch asks for. argv[0] is the executable; Chromium and the OS may add
 * switches anywhere, so the first non-flag argument with our extension wins.
 */
export function workspaceFromArgv(argv: readonly string[]): string | null {
  return argv.slice(1).find((arg) => !arg.startsWith('-') && WORKSPACE_FILE.test(arg)) ?? null;
}

export interface InvokeSender {
  /** The sending frame's URL, or null when the frame is gone. */
  url: string | null;
  isMainFrame: boolean;
}

/**
 * Whether an IPC call may reach the service. Only our own top-level document may call:
 * anything else reaching the channel means a navigation or injection slipped through.
 */
export function checkInvoke(sender: InvokeSender, name: unknown): { ok: true; name: OperationName } | { ok: false; error: AppErrorPayload } {
  if (sender.url === null || !sender.isMainFrame || !isAppUrl(sender.url)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'IPC from an untrusted frame was refused' } };
  }
  if (typeof name !== 'string' || !isOperationName(name)) {
    const shown = typeof name === 'string' ? name.slice(0, 100) : typeof name;
    return { ok: false, error: { code: 'UNKNOWN_OPERATION', message: `unknown operation: ${shown}` } };
  }
  return { ok: true, name };
}

/** Navigation inside our origin (reload, hash routes) is fine; everything else is refused. */
export function navigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** Request schemes the session lets through: ours plus in-memory data and DevTools' own pages. */
export function requestAllowed(url: string): boolean {
  if (isAppUrl(url)) return true;
  const scheme = url.slice(0, url.indexOf(':') + 1).toLowerCase();
  return scheme === 'data:' || scheme === 'blob:' || scheme === 'devtools:';
}
