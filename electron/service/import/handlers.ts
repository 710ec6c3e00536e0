// Import use cases: preview, run (long, cancellable, with progress), rejects, history and
// saved mappings. The engine lives in electron/import; this file only adapts it to the edge.
import { AppError } from '../../../shared/contract/errors';
import type { importOperations } from '../../../shared/contract/domains/import';
import { importHistory, importRejects } from '../../import/history';
import { deleteMapping, listMappings, saveMapping } from '../../import/mappings-store';
import { previewFile } from '../../import/preview';
import { stageLocalFile } from '../../import/stage-local';
import { runImportJob } from '../../import/worker/import-job';
import { importTargets } from '../../import/targets';
import type { DomainHandlers, ServiceContext } from '../context';

/** job.progress events for a long import, when the caller gave a job id. */
export function importProgress(ctx: ServiceContext, jobId: string | undefined) {
  if (!jobId) return undefined;
  return (p: { phase: string; label: string; done: number; total: number | null; bytes: number; totalBytes: number; rate: number; etaSeconds: number | null }) =>
    ctx.emit('job.progress', { jobId, ...p });
}

export const importHandlers: DomainHandlers<keyof typeof importOperations> = {
  'import.targets': () => importTargets(),
  'import.stage': (input) => stageLocalFile(input.path),
  // The dialog is the desktop app's main process's; it answers this call before the service sees it.
  'import.pickFiles': () => {
    throw new AppError('FORBIDDEN', 'the Open dialog belongs to the desktop app; in a browser, drop the files or use the file picker');
  },
  'import.preview': (input, ctx) =>
    previewFile({
      path: input.path,
      options: input.options,
      sampleRows: input.sampleRows,
      settings: input.settings,
      saved: ctx.session.hasWorkspace ? listMappings(ctx.session.workspace.db) : [],
      signal: ctx.signal,
    }),
  'import.run': (input, ctx) => {
    if (ctx.session.workspace.readOnly) throw new AppError('READ_ONLY_VIOLATION', 'the workspace is open read-only; open it for writing to import');
    return runImportJob(
      ctx.session.workspace.path,
      {
        files: input.files,
        mapping: input.mapping,
        mode: input.mode,
        settings: input.settings,
        saveMappingAs: input.saveMappingAs,
        memoryLimitMb: input.memoryLimitMb,
      },
      { signal: ctx.signal, onProgress: importProgress(ctx, input.jobId) },
    );
  },
  'import.rejects': (input, { session }) => importRejects(session.workspace.db, input.importId, input.offset, input.limit),
  'import.history': (input, { session }) => ({ imports: importHistory(session.workspace.db, input.limit) }),
  'mapping.list': (_input, { session }) => ({ mappings: listMappings(session.workspace.db) }),
  'mapping.save': (input, { session }) => saveMapping(session.workspace.db, input),
  'mapping.delete': (input, { session }) => ({ deleted: deleteMapping(session.workspace.db, input.name) }),
};
