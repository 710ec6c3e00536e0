// Import use cases: preview, run (long, cancellable, with progress), rejects, history and
// saved mappings. The engine lives in electron/import; this file only adapts it to the edge.
import { AppError } from '../../../shared/contract/errors';
import type { importOperations } from '../../../shared/contract/domains/import';
import type { importRejectOperations } from '../../../shared/contract/domains/import-rejects';
import { deleteMapping, listMappings, saveMapping } from '../../import/mappings-store';
import { previewFile } from '../../import/preview';
import { stageLocalFile } from '../../import/stage-local';
import { importTargets } from '../../import/targets';
import { onSession, type DomainHandlers } from '../context';
import { importReads } from './reads';
import { runWorkspaceJob } from '../jobs/workspace-job';

export const importHandlers: DomainHandlers<keyof typeof importOperations | keyof typeof importRejectOperations> = {
  'import.targets': () => importTargets(),
  'import.stage': (input) => stageLocalFile(input.path),
  // The dialog is the desktop app's main process's; it answers this call before the service sees it.
  'import.pickFiles': () => {
    throw new AppError('FORBIDDEN', 'the Open dialog belongs to the desktop app; in a browser, drop the files or use the file picker', { reason: 'desktopOnly' });
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
  // A job of its own: the service thread only relays progress and cancel while rows are written.
  'import.run': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'import.run', input, jobId),
  ...onSession(importReads),
  'mapping.list': (_input, { session }) => ({ mappings: listMappings(session.workspace.db) }),
  'mapping.save': (input, { session }) => saveMapping(session.workspace.db, input),
  'mapping.delete': (input, { session }) => ({ deleted: deleteMapping(session.workspace.db, input.name) }),
};
