// viewer.open through the browser host. A page must not open files of this computer by path:
// the viewer opens only a dashboard file the host was started with (`serve FILE.churndash`) or
// one the page uploaded (dropped or picked: /api/upload stages it in the host's own folder).
// Any other path is refused with reason viewerPathRefused before the service sees it.
import { resolve } from 'node:path';
import type { InvokeResult } from '../../../shared/contract/errors';

export const VIEWER_OPEN_OPERATION = 'viewer.open';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const viewerPathRefused: InvokeResult<unknown> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'viewer.open: the browser host opens only a dashboard file it was started with or that was uploaded', reason: 'viewerPathRefused' },
};

export class ViewerPaths {
  readonly #allowed = new Set<string>();

  constructor(initial: readonly string[] = []) {
    for (const path of initial) this.allow(path);
  }

  /** A path the host itself chose (its start-up file, an upload's staged path). */
  allow(path: string): void {
    this.#allowed.add(resolve(path));
  }

  /** The refusal to answer, or null when the input names an allowed file (the service validates the rest). */
  refusal(input: unknown): InvokeResult<unknown> | null {
    // Exact string match of what the host handed out: a relative, `..` or differently spelled path is refused too.
    if (isRecord(input) && typeof input.path === 'string' && this.#allowed.has(input.path)) return null;
    return viewerPathRefused;
  }
}
