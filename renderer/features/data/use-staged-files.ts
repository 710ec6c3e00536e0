// Drives each staged file through upload (browser) or a checked local path (desktop app) →
// import.preview, and re-previews when the analyst overrides how the file is read (encoding,
// delimiter, sheets, header row).
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickFilesOutput, ReaderOptions } from '../../../shared/contract/domains/import';
import { ErrorCodeSchema } from '../../../shared/contract/errors';
import { invoke } from '../../api/client';
import { localFilesSupported, pathOfFile, pickLocalFiles, stageLocalPath } from '../../api/local-files';
import { uploadFile, uploadSupported } from '../../api/upload';
import { asAppError } from '../../api/use-operation';
import { extensionOf, isAcceptedFile } from './file-kinds';
import { stageDroppedFiles } from './local-intake';
import type { MappingDraft } from './mapping-draft';
import { stagedReducer, type StagedFile } from './staged-files';

export const SAMPLE_ROWS = 20;

export interface StagedFiles {
  files: StagedFile[];
  addFiles: (files: readonly File[]) => string[];
  /** Desktop app: the native Open dialog; resolves to the ids of the files added (none if cancelled). */
  pickLocal: () => Promise<string[]>;
  setOptions: (id: string, options: ReaderOptions) => void;
  setDraft: (id: string, draft: MappingDraft) => void;
  setDrafts: (id: string, drafts: MappingDraft[]) => void;
  remove: (id: string) => void;
  clear: () => void;
}

let nextId = 0;

export function useStagedFiles(): StagedFiles {
  const { t } = useTranslation('data');
  const [files, dispatch] = useReducer(stagedReducer, []);
  const seq = useRef(0);
  const uploads = useRef(new Map<string, AbortController>());
  const filesRef = useRef(files);
  useEffect(() => {
    filesRef.current = files;
  }, [files]);

  // Leaving the page abandons uploads still in flight.
  useEffect(() => {
    const running = uploads.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  const preview = useCallback((id: string, path: string, options: ReaderOptions) => {
    const mine = ++seq.current;
    dispatch({ type: 'previewStart', id, seq: mine, options });
    invoke('import.preview', { path, options, sampleRows: SAMPLE_ROWS }).then(
      (result) => dispatch({ type: 'previewed', id, seq: mine, preview: result }),
      (error: unknown) => dispatch({ type: 'failed', id, seq: mine, error: asAppError(error).toPayload() }),
    );
  }, []);

  /** Local files the host has checked go straight to preview; refused ones show why. */
  const addLocal = useCallback(
    (picked: PickFilesOutput): string[] => {
      const ids: string[] = [];
      for (const file of picked.files) {
        const id = `file-${++nextId}`;
        ids.push(id);
        dispatch({ type: 'addLocal', id, name: file.name, size: file.size, path: file.path });
        preview(id, file.path, {});
      }
      for (const refused of picked.refused) {
        const id = `file-${++nextId}`;
        ids.push(id);
        dispatch({ type: 'add', id, name: refused.name, size: 0 });
        const code = ErrorCodeSchema.safeParse(refused.code);
        dispatch({ type: 'failed', id, error: { code: code.success ? code.data : 'INVALID_INPUT', message: refused.message } });
      }
      return ids;
    },
    [preview],
  );

  const pickLocal = useCallback(async () => addLocal(await pickLocalFiles()), [addLocal]);

  const addFiles = useCallback(
    (list: readonly File[]) => {
      const accepted: File[] = [];
      const ids: string[] = [];
      for (const file of list) {
        if (isAcceptedFile(file.name)) {
          accepted.push(file);
          continue;
        }
        const id = `file-${++nextId}`;
        ids.push(id);
        dispatch({ type: 'add', id, name: file.name, size: file.size });
        dispatch({ type: 'failed', id, error: { code: 'INVALID_INPUT', message: t('errors.unsupportedType', { file: file.name, ext: extensionOf(file.name) }) } });
      }
      if (!uploadSupported()) {
        // Desktop app: no upload; the dropped files are read where they are.
        if (localFilesSupported() && accepted.length > 0) {
          void stageDroppedFiles(accepted, { pathOf: pathOfFile, stage: stageLocalPath, notOnDisk: (file) => t('errors.notOnDisk', { file }) }).then(addLocal);
        }
        return ids;
      }
      for (const file of accepted) {
        const id = `file-${++nextId}`;
        ids.push(id);
        dispatch({ type: 'add', id, name: file.name, size: file.size });
        const controller = new AbortController();
        uploads.current.set(id, controller);
        uploadFile(file, { signal: controller.signal, onProgress: (loaded) => dispatch({ type: 'uploadProgress', id, loaded }) })
          .then(
            ({ path }) => {
              dispatch({ type: 'uploaded', id, path });
              preview(id, path, {});
            },
            (error: unknown) => {
              if (!controller.signal.aborted) dispatch({ type: 'failed', id, error: asAppError(error).toPayload() });
            },
          )
          .finally(() => uploads.current.delete(id));
      }
      return ids;
    },
    [addLocal, preview, t],
  );

  const setOptions = useCallback(
    (id: string, options: ReaderOptions) => {
      const file = filesRef.current.find((f) => f.id === id);
      if (file?.path) preview(id, file.path, options);
    },
    [preview],
  );

  const remove = useCallback((id: string) => {
    uploads.current.get(id)?.abort();
    dispatch({ type: 'remove', id });
  }, []);

  const clear = useCallback(() => {
    for (const controller of uploads.current.values()) controller.abort();
    dispatch({ type: 'clear' });
  }, []);

  const setDraft = useCallback((id: string, draft: MappingDraft) => dispatch({ type: 'draft', id, draft }), []);
  const setDrafts = useCallback((id: string, drafts: MappingDraft[]) => dispatch({ type: 'drafts', id, drafts }), []);

  return { files, addFiles, pickLocal, setOptions, setDraft, setDrafts, remove, clear };
}
