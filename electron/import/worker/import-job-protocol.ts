// Messages between the service thread and an import job's thread (import-job.ts).
import type { AppErrorPayload } from '../../../shared/contract/errors';
import type { ImportResult } from '../../../shared/contract/domains/import';
import type { ImportProgress } from '../progress';
import type { RunImportInput } from '../run-import';

export interface ImportJobData {
  workspacePath: string;
  input: RunImportInput;
  /** The workspace is being built (new-workspace.ts): rollback journal, nothing to checkpoint after. */
  newWorkspace: boolean;
}

export type ImportJobMessage =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; result: ImportResult }
  | { type: 'error'; error: AppErrorPayload };

export type ImportJobCommand = { type: 'cancel' };
