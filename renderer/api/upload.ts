// Hands a picked or dropped file to the host. A page in a browser cannot give the host a path,
// so the loopback HTTP host takes the bytes (`PUT /api/upload?name=…`) and answers with the
// path it stored them under, which import.preview and import.run then read. XMLHttpRequest, not
// fetch: only it reports upload progress, which matters for a 500 MB export.
import { AppError, AppErrorPayloadSchema } from '../../shared/contract/errors';
import { UPLOAD_ROUTE, UploadResultSchema, type UploadResult } from '../../shared/contract/domains/import';
import { transportKind } from './client';
import { takeSessionToken } from './session-token';

/** Under Electron the page talks IPC and files arrive through the main process's dialog instead. */
export function uploadSupported(): boolean {
  return transportKind() === 'http';
}

export interface UploadOptions {
  onProgress?: (loadedBytes: number, totalBytes: number) => void;
  signal?: AbortSignal;
}

function parseAnswer(status: number, text: string): UploadResult {
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    if (status === 401) throw new AppError('UNAUTHORIZED', 'missing or invalid access token');
    throw new AppError('INTERNAL', `upload: HTTP ${status} without a readable answer`);
  }
  if (typeof body === 'object' && body !== null && 'ok' in body) {
    if (body.ok === true && 'result' in body) {
      const result = UploadResultSchema.safeParse(body.result);
      if (result.success) return result.data;
    } else if (body.ok === false && 'error' in body) {
      const error = AppErrorPayloadSchema.safeParse(body.error);
      if (error.success) throw AppError.fromPayload(error.data);
    }
  }
  throw new AppError('INTERNAL', `upload: HTTP ${status} with an unexpected answer`);
}

export function uploadFile(file: File, options: UploadOptions = {}): Promise<UploadResult> {
  if (!uploadSupported()) {
    return Promise.reject(new AppError('FORBIDDEN', 'uploads are only available through the HTTP host'));
  }
  // The client has already moved the token from the address bar into session storage.
  const token = takeSessionToken();
  return new Promise<UploadResult>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    const done = () => options.signal?.removeEventListener('abort', abort);
    xhr.open('PUT', `${UPLOAD_ROUTE}?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => options.onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => {
      done();
      try {
        resolve(parseAnswer(xhr.status, xhr.responseText));
      } catch (error) {
        reject(error instanceof Error ? error : new AppError('INTERNAL', String(error)));
      }
    };
    xhr.onerror = () => {
      done();
      reject(new AppError('INTERNAL', `${file.name}: upload failed — cannot reach the Churn Cockpit host`));
    };
    xhr.onabort = () => {
      done();
      reject(new AppError('CANCELLED', `${file.name}: upload cancelled`));
    };
    xhr.send(file);
  });
}
