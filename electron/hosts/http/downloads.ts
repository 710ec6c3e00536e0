// Files the browser host writes for the page to download (call lists): a per-launch folder in
// the OS temp directory, one sub-folder per export so each file keeps its own name, reached
// only by an unguessable id. A file is removed some time after it was written (the page
// downloads it at once; the delay allows a retry) and the whole folder when the host closes or
// the process exits.
import { createReadStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

export const DOWNLOAD_TTL_MS = 30 * 60_000;

interface Entry {
  readonly path: string;
  readonly fileName: string;
  readonly timer: NodeJS.Timeout;
}

const CONTENT_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/** RFC 6266 / 5987: an ASCII fallback name, and the exact name in UTF-8 for every current browser. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export class DownloadFolder {
  readonly root: string;
  readonly #entries = new Map<string, Entry>();
  readonly #ttlMs: number;
  readonly #onExit = () => this.close();

  constructor(options: { ttlMs?: number } = {}) {
    this.root = mkdtempSync(join(tmpdir(), 'churn-cockpit-exports-'));
    this.#ttlMs = options.ttlMs ?? DOWNLOAD_TTL_MS;
    process.once('exit', this.#onExit);
  }

  /** A new empty folder for one export, and the id its download will have. */
  reserve(): { id: string; folder: string } {
    const id = randomBytes(18).toString('base64url');
    const folder = join(this.root, id);
    mkdirSync(folder);
    return { id, folder };
  }

  /** The export is written: its file is downloadable under the reserved id until the time runs out. */
  publish(id: string, path: string): void {
    const timer = setTimeout(() => this.discard(id), this.#ttlMs);
    timer.unref();
    this.#entries.set(id, { path, fileName: basename(path), timer });
  }

  discard(id: string): void {
    const entry = this.#entries.get(id);
    if (entry) clearTimeout(entry.timer);
    this.#entries.delete(id);
    // The id is base64url (no separators), so the folder is always inside the root.
    if (/^[A-Za-z0-9_-]+$/.test(id)) rmSync(join(this.root, id), { recursive: true, force: true });
  }

  send(id: string, res: ServerResponse): boolean {
    const entry = this.#entries.get(id);
    if (!entry) return false;
    const extension = entry.fileName.slice(entry.fileName.lastIndexOf('.') + 1).toLowerCase();
    const stream = createReadStream(entry.path);
    stream.once('open', () => {
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
        'Content-Disposition': contentDisposition(entry.fileName),
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      stream.pipe(res);
    });
    stream.once('error', () => {
      if (!res.headersSent) res.writeHead(404).end();
      else res.destroy();
    });
    return true;
  }

  close(): void {
    process.removeListener('exit', this.#onExit);
    for (const entry of this.#entries.values()) clearTimeout(entry.timer);
    this.#entries.clear();
    rmSync(this.root, { recursive: true, force: true });
  }
}
