// Drives each staged file through upload → import.preview, and re-previews when the analyst
// overrides how the file is read (encoding, delimiter, sheets, header row).
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReaderOptions } from '../../../shared/contract/domains/import';
import { invoke } from '../../api/client';
import { uploadFile, uploadSupported } from '../../api/upload';
import { asAppError } from '../../api/use-operation';
import { extensionOf, isAcceptedFile } from './file-kinds';
import type { MappingDraft } from './mapping-draft';
import { stagedReducer, type StagedFile } from './staged-files';

export const SAMPLE_ROWS = 20;

export interface StagedFiles {
  files: StagedFile[];
  addFiles: (files: readonly File[]) => string[];
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

  const addFiles = useCallback(
    (list: readonly File[]) => {
      const ids: string[] = [];
      for (const file of list) {
        const id = `file-${++nextId}`;
        ids.push(id);
        dispatch({ type: 'add', id, name: file.name, size: file.size });
        if (!isAcceptedFile(file.name)) {
          dispatch({ type: 'failed', id, error: { code: 'INVALID_INPUT', message: t('errors.unsupportedType', { file: file.name, ext: extensionOf(file.name) }) } });
          continue;
        }
        if (!uploadSupported()) {
          dispatch({ type: 'failed', id, error: { code: 'FORBIDDEN', message: t('errors.electronPicking') } });
          continue;
        }
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
    [preview, t],
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

  return { files, addFiles, setOptions, setDraft, setDrafts, remove, clear };
}
