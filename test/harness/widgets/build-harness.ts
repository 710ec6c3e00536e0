// Builds the widgets harness (test-only) into a temp folder and serves it on a loopback port
// (Chromium refuses module scripts from file:// unless told otherwise).
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

export interface WidgetsHarness {
  /** The harness page's URL, without a query. */
  url: string;
  close: () => Promise<void>;
}

export async function startWidgetsHarness(): Promise<WidgetsHarness> {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const dist = mkdtempSync(join(tmpdir(), 'widgets-harness-'));
  await build({ root, base: './', plugins: [react()], logLevel: 'warn', build: { outDir: dist, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 } });
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    // No icon: an empty answer rather than a 404 the console would report.
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = join(dist, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/index.html`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
