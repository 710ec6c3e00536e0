// The files waiting to be imported: upload (or, in the desktop app, a path checked by the host),
// preview and the analyst's mapping drafts, one entry per file. A reducer, so stale answers (a preview started before the encoding was
// changed again) are dropped by sequence number instead of racing.
import type { AppErrorPayload } from '../../../shared/contract/errors';
import type { PreviewOutput, ReaderOptions } from '../../../shared/contract/domains/import';
import { draftFromPreview, type MappingDraft } from './mapping-draft';

export type StagedStage = 'uploading' | 'previewing' | 'ready' | 'failed';

export interface StagedFile {
  id: string;
  name: string;
  size: number;
  stage: StagedStage;
  uploadedBytes: number;
  /** Path on the host, once uploaded (at once for a local file in the desktop app). */
  path: string | null;
  options: ReaderOptions;
  preview: PreviewOutput | null;
  /** Every sheet/table the file holds, from its first preview (later previews may be restricted). */
  allTables: string[];
  drafts: MappingDraft[];
  error: AppErrorPayload | null;
  previewSeq: number;
}

export type StagedAction =
  | { type: 'add'; id: string; name: string; size: number }
  /** A file on this computer, already checked by the host: nothing to upload, preview next. */
  | { type: 'addLocal'; id: string; name: string; size: number; path: string }
  | { type: 'uploadProgress'; id: string; loaded: number }
  | { type: 'uploaded'; id: string; path: string }
  | { type: 'previewStart'; id: string; seq: number; options: ReaderOptions }
  | { type: 'previewed'; id: string; seq: number; preview: PreviewOutput }
  | { type: 'failed'; id: string; seq?: number; error: AppErrorPayload }
  | { type: 'draft'; id: string; draft: MappingDraft }
  | { type: 'drafts'; id: string; drafts: MappingDraft[] }
  | { type: 'remove'; id: string }
  | { type: 'clear' };

function update(files: StagedFile[], id: string, fn: (f: StagedFile) => StagedFile): StagedFile[] {
  return files.map((f) => (f.id === id ? fn(f) : f));
}

/** A new preview keeps the analyst's edits for tables whose headers did not change. */
function mergeDrafts(previous: readonly MappingDraft[], preview: PreviewOutput): MappingDraft[] {
  return preview.tables.map((table) => {
    const kept = previous.find((d) => d.table === table.name && d.signature === table.headerSignature && d.origin === 'edited');
    return kept ?? draftFromPreview(table);
  });
}

function tableNames(preview: PreviewOutput): string[] {
  return preview.sheets.length > 0 ? preview.sheets.map((s) => s.name) : preview.tables.map((t) => t.name);
}

function newEntry(id: string, name: string, size: number): StagedFile {
  return {
    id,
    name,
    size,
    stage: 'uploading',
    uploadedBytes: 0,
    path: null,
    options: {},
    preview: null,
    allTables: [],
    drafts: [],
    error: null,
    previewSeq: 0,
  };
}

export function stagedReducer(files: StagedFile[], action: StagedAction): StagedFile[] {
  switch (action.type) {
    case 'add':
      return [...files, newEntry(action.id, action.name, action.size)];
    case 'addLocal':
      return [...files, { ...newEntry(action.id, action.name, action.size), stage: 'previewing', path: action.path, uploadedBytes: action.size }];
    case 'uploadProgress':
      return update(files, action.id, (f) => ({ ...f, uploadedBytes: Math.min(action.loaded, f.size) }));
    case 'uploaded':
      return update(files, action.id, (f) => ({ ...f, path: action.path, uploadedBytes: f.size }));
    case 'previewStart':
      return update(files, action.id, (f) => ({ ...f, stage: 'previewing', options: action.options, previewSeq: action.seq, error: null }));
    case 'previewed':
      return update(files, action.id, (f) =>
        f.previewSeq !== action.seq
          ? f
          : {
              ...f,
              stage: 'ready',
              preview: action.preview,
              allTables: f.allTables.length > 0 ? f.allTables : tableNames(action.preview),
              drafts: mergeDrafts(f.drafts, action.preview),
              error: null,
            },
      );
    case 'failed':
      return update(files, action.id, (f) => (action.seq !== undefined && f.previewSeq !== action.seq ? f : { ...f, stage: 'failed', error: action.error }));
    case 'draft':
      return update(files, action.id, (f) => ({ ...f, drafts: f.drafts.map((d) => (d.table === action.draft.table ? action.draft : d)) }));
    case 'drafts':
      return update(files, action.id, (f) => ({ ...f, drafts: action.drafts }));
    case 'remove':
      return files.filter((f) => f.id !== action.id);
    case 'clear':
      return [];
  }
}

/** Why Import cannot start yet, or null when every file is previewed and mapped. */
export function importBlocker(files: readonly StagedFile[]): 'noFiles' | 'busy' | 'failed' | null {
  if (files.length === 0) return 'noFiles';
  if (files.some((f) => f.stage === 'failed')) return 'failed';
  if (files.some((f) => f.stage !== 'ready' || !f.path)) return 'busy';
  return null;
}
