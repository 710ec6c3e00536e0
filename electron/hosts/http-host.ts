// Loopback HTTP host: the built renderer plus the operation table under /api/<name>, so the
// whole app runs in any browser (end-to-end tests, and `npm start` without Electron).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { AppErrorPayload, InvokeResult } from '../../shared/contract/errors';
import type { Service } from '../service/service';
import { hostAllowed, newToken, tokenValid } from './http/guards';
import { serveStatic } from './http/static-files';
import { stageUpload, UploadTooLarge } from '../import/staging';
import { DownloadFolder } from './http/downloads';
import { DOWNLOAD_OPERATIONS, exportForDownload } from './http/export-download';
import { VIEWER_OPEN_OPERATION, ViewerPaths } from './http/viewer-paths';

const MAX_BODY_BYTES = 1 << 20;
export const RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export interface HttpHost {
  url: string;
  address: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const statusFor: Partial<Record<AppErrorPayload['code'], number>> = {
  INVALID_INPUT: 400,
  UNKNOWN_OPERATION: 404,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  READ_ONLY_VIOLATION: 403,
  NO_WORKSPACE: 409,
  WORKSPACE_EXISTS: 409,
  SQL_ERROR: 400,
  CANCELLED: 409,
};

function sendJson(res: ServerResponse, status: number, body: InvokeResult<unknown>): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(JSON.stringify(body));
}

const fail = (res: ServerResponse, status: number, code: AppErrorPayload['code'], message: string) => sendJson(res, status, { ok: false, error: { code, message } });

/**
 * Operations that open or create a workspace at a path the caller names. A page must not choose
 * files on this computer: it creates and opens workspaces by name in the host's workspace folder
 * (workspace.create, workspace.openNamed, workspace.createNamedFromFiles), which the service
 * keeps inside that folder.
 */
export const PATH_OPERATIONS: ReadonlySet<string> = new Set(['workspace.open', 'workspace.createDemo', 'workspace.createFromFiles']);

function refusePath(res: ServerResponse, name: string): void {
  sendJson(res, 403, {
    ok: false,
    error: { code: 'FORBIDDEN', message: `${name}: the browser host opens and creates workspaces only by name in its workspace folder`, reason: 'workspacePathRefused' },
  });
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : {};
}

function streamEvents(service: Service, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  const unsubscribe = service.subscribe((event, payload) => res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`));
  req.on('close', unsubscribe);
}

export interface HttpHostOptions {
  port?: number;
  rendererDir?: string;
  /** Dashboard files the operator named on the command line: the page may (re)open them in the viewer. */
  viewerFiles?: readonly string[];
}

export async function startHttpHost(service: Service, options: HttpHostOptions = {}): Promise<HttpHost> {
  const token = newToken();
  const viewerPaths = new ViewerPaths(options.viewerFiles);
  const rendererDir = options.rendererDir ?? RENDERER_DIR;
  const downloads = new DownloadFolder();
  let port = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hostAllowed(req.headers.host, port)) return fail(res, 403, 'FORBIDDEN', 'Host header not allowed');
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'FORBIDDEN', 'method not allowed');
      return serveStatic(rendererDir, url.pathname, res);
    }
    if (!tokenValid(req, url, token)) return fail(res, 401, 'UNAUTHORIZED', 'missing or wrong token');
    if (url.pathname === '/api/events' && req.method === 'GET') return streamEvents(service, req, res);
    // A browser cannot give the service a path: the file is streamed to a staging folder first.
    if (url.pathname === '/api/upload' && req.method === 'PUT') {
      stageUpload(url.searchParams.get('name') ?? 'upload', req)
        .then((staged) => {
          // A dropped dashboard file is opened in the viewer at the path the host chose for it.
          if (staged.path.toLowerCase().endsWith('.churndash')) viewerPaths.allow(staged.path);
          sendJson(res, 200, { ok: true, result: staged });
        })
        .catch((error: unknown) => fail(res, error instanceof UploadTooLarge ? 413 : 400, 'INVALID_INPUT', error instanceof Error ? error.message : String(error)));
      return;
    }
    // Files the host wrote for the page (call lists), by the id the export answered.
    if (url.pathname === '/api/download' && req.method === 'GET') {
      if (!downloads.send(url.searchParams.get('id') ?? '', res)) fail(res, 404, 'NOT_FOUND', 'no such download (it may have expired)');
      return;
    }
    if (req.method !== 'POST') return fail(res, 405, 'FORBIDDEN', 'use POST for operations');
    const name = decodeURIComponent(url.pathname.slice('/api/'.length));
    if (PATH_OPERATIONS.has(name)) return refusePath(res, name);
    if (name === VIEWER_OPEN_OPERATION) {
      readBody(req)
        .then((input) => viewerPaths.refusal(input) ?? service.invoke(name, input))
        .then((result) => sendJson(res, result.ok ? 200 : (statusFor[result.error.code] ?? 500), result))
        .catch((error: unknown) => fail(res, 400, 'INVALID_INPUT', error instanceof Error ? error.message : String(error)));
      return;
    }
    if (DOWNLOAD_OPERATIONS.has(name)) {
      readBody(req)
        .then((input) => exportForDownload(service, downloads, input, name))
        .then((result) => sendJson(res, result.ok ? 200 : (statusFor[result.error.code] ?? 500), result))
        .catch((error: unknown) => fail(res, 400, 'INVALID_INPUT', error instanceof Error ? error.message : String(error)));
      return;
    }
    readBody(req)
      .then((input) => service.invoke(name, input))
      .then((result) => sendJson(res, result.ok ? 200 : (statusFor[result.error.code] ?? 500), result))
      .catch((error: unknown) => fail(res, 400, 'INVALID_INPUT', error instanceof Error ? error.message : String(error)));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const bound = server.address() as AddressInfo;
  port = bound.port;
  return {
    address: bound.address,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        downloads.close();
      }),
  };
}
