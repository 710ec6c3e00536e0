// Files the page asks the browser host to write (segment.export's call list, dashboard.saveFile's
// dashboard file). A page must not choose where files go on this computer: a `path` in the
// request is refused (reason exportPathRefused), and the file is written into a folder of the
// host's own (downloads.ts). The answer carries a downloadId for GET /api/download?id=… instead
// of a path.
import type { InvokeResult } from '../../../shared/contract/errors';
import type { Service } from '../../service/service';
import type { DownloadFolder } from './downloads';

export const EXPORT_OPERATION = 'segment.export';
/** Every operation whose file the browser host offers as a download. */
export const DOWNLOAD_OPERATIONS: ReadonlySet<string> = new Set([
  EXPORT_OPERATION,
  'dashboard.saveFile',
  'dashboard.export',
  'report.monthly',
  'warning.exportByOwner',
  'campaign.exportCallList',
]);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function pathRefused(operation: string): InvokeResult<unknown> {
  return {
    ok: false,
    error: { code: 'FORBIDDEN', message: `${operation}: the browser host offers the file as a download, never writes it to a path the page sends`, reason: 'exportPathRefused' },
  };
}

export const exportPathRefused: InvokeResult<unknown> = pathRefused(EXPORT_OPERATION);

/** Runs the operation into a fresh download folder; the answer as the page should see it. */
export async function exportForDownload(service: Service, downloads: DownloadFolder, input: unknown, operation: string = EXPORT_OPERATION): Promise<InvokeResult<unknown>> {
  if (isRecord(input) && input.path !== undefined) return pathRefused(operation);
  // Not an object: the service's validation answers INVALID_INPUT, no folder needed.
  if (!isRecord(input)) return service.invoke(operation, input);
  const { id, folder } = downloads.reserve();
  const answer = await service.invoke(operation, { ...input, path: folder }).catch((error: unknown) => {
    downloads.discard(id);
    throw error;
  });
  const result = answer.ok ? answer.result : null;
  if (!isRecord(result) || typeof result.path !== 'string') {
    downloads.discard(id);
    return answer;
  }
  downloads.publish(id, result.path);
  return { ok: true, result: { ...result, path: null, downloadId: id } };
}
