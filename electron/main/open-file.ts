// Files the operating system hands the desktop app — a double click or "Open with" (argv on
// Windows and Linux, `open-file` on macOS), or a second launch while the app runs (the single-
// instance lock forwards its argv) — and what the app does with each: a workspace (*.churn) is
// opened as the workspace and the page reloads; a dashboard file (*.churndash) is opened read-only
// in the viewer (viewer.open) and the window loads #/viewer. Pure, so it is unit-tested without
// the Electron binary; main.ts only carries the steps out.
import type { OpenDialogOptions } from 'electron';
import path from 'node:path';
import type { AppErrorPayload } from '../../shared/contract/errors';
import { jobsEn } from '../../shared/i18n/messages/jobs.en';
import { jobsZhCN } from '../../shared/i18n/messages/jobs.zh-CN';
import { workspaceFromArgv } from './policy';

export type OpenKind = 'workspace' | 'dashboard';

export interface OpenRequest {
  readonly kind: OpenKind;
  /** Absolute: a relative argv path is the launching shell's, not the app's working directory. */
  readonly path: string;
}

export interface OpenStep {
  readonly operation: 'workspace.open' | 'viewer.open';
  readonly input: { readonly path: string };
  /** After success: reload the page on the new workspace, or show the viewer. */
  readonly then: 'reload' | 'viewer';
}

export const VIEWER_HASH = '#/viewer';

/** The kind of file by its extension (case ignored), or null for a file the app does not open. */
export function fileKind(file: string): OpenKind | null {
  if (/\.churndash$/i.test(file)) return 'dashboard';
  if (/\.churn$/i.test(file)) return 'workspace';
  return null;
}

/** One file handed over by the OS, resolved against the directory it was given in. */
export function openRequest(file: string, base: string): OpenRequest | null {
  const kind = fileKind(file);
  return kind === null ? null : { kind, path: path.resolve(base, file) };
}

/** The file a launch's command line asks for (the first of ours after the executable), resolved against its working directory. */
export function openRequestFromArgv(argv: readonly string[], base: string): OpenRequest | null {
  const file = workspaceFromArgv(argv);
  return file === null ? null : openRequest(file, base);
}

export function openStep(request: OpenRequest): OpenStep {
  return request.kind === 'dashboard'
    ? { operation: 'viewer.open', input: { path: request.path }, then: 'viewer' }
    : { operation: 'workspace.open', input: { path: request.path }, then: 'reload' };
}

/** The app's entry URL on the viewer route (whatever route it had). */
export function viewerUrl(entryUrl: string): string {
  const hash = entryUrl.indexOf('#');
  return `${hash === -1 ? entryUrl : entryUrl.slice(0, hash)}${VIEWER_HASH}`;
}

/** A refused open as the dialog shows it: the reason's label in the app's language when the service gave one. */
export function openErrorText(file: string, error: AppErrorPayload, zh: boolean): string {
  const labels = (zh ? jobsZhCN : jobsEn).reasons;
  const params: Record<string, string | number> = { file: path.basename(file), ...(error.params ?? {}) };
  const text = error.reason === undefined ? error.message : labels[error.reason].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(params[name] ?? whole));
  return `${file}\n${text}`;
}

export function openDashboardDialogOptions(zh: boolean): OpenDialogOptions {
  return {
    title: zh ? '打开仪表板文件' : 'Open dashboard file',
    properties: ['openFile'],
    filters: [{ name: zh ? '流失驾驶舱仪表板文件' : 'Churn Cockpit dashboard files', extensions: ['churndash'] }],
  };
}
