// The only thing Electron's preload exposes to the page. Declared here so the renderer can
// detect it and type it; its absence means the page is served by the HTTP host.
import type { InvokeResult } from '../../shared/contract/errors';

export interface ChurnCockpitBridge {
  invoke(name: string, input: unknown): Promise<InvokeResult<unknown>>;
  on(event: string, cb: (payload: unknown) => void): () => void;
  /** Where a File handed to the page (a drop, the file input) lives on disk; '' when nowhere. */
  pathForFile?(file: File): string;
}

declare global {
  interface Window {
    churnCockpit?: ChurnCockpitBridge;
  }
}

export function electronBridge(): ChurnCockpitBridge | undefined {
  return typeof window === 'undefined' ? undefined : window.churnCockpit;
}
