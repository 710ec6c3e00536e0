// The desktop app imports files by path: the main process's Open dialog picks them, a dropped
// File tells its path through the preload, and the service checks each path (import.stage)
// before the worker reads the file from disk. Nothing is uploaded.
import type { LocalFile, PickFilesOutput } from '../../shared/contract/domains/import';
import { electronBridge } from './bridge';
import { invoke, transportKind } from './client';

/** True in the desktop app, where files are imported by path instead of uploaded. */
export function localFilesSupported(): boolean {
  return transportKind() === 'ipc';
}

export function pickLocalFiles(): Promise<PickFilesOutput> {
  return invoke('import.pickFiles');
}

export function stageLocalPath(path: string): Promise<LocalFile> {
  return invoke('import.stage', { path });
}

/** The path of a File the page was handed, or null (not in the desktop app, or not a file on disk). */
export function pathOfFile(file: File): string | null {
  const path = electronBridge()?.pathForFile?.(file) ?? '';
  return path === '' ? null : path;
}
