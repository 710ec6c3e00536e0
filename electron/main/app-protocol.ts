// The renderer's origin inside Electron and the mapping from its URLs to files. Kept free of
// any 'electron' import so the traversal rules are unit-tested without the Electron binary.
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'churn-cockpit';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * True only for our own origin. WHATWG URL gives non-special schemes an opaque origin
 * ("null"), so scheme and host are compared instead; a port makes the host differ.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

export type AppFileLookup = { kind: 'file'; file: string; fallback: string | null } | { kind: 'refused'; status: 400 | 403 | 404 };

/**
 * Maps an app:// URL to a file under `root`. Extension-less paths fall back to index.html so
 * client-side routes still boot the renderer; a missing asset stays a 404 rather than HTML
 * served as script. The path module is injectable so Windows rules are tested on any OS.
 */
export function resolveAppFile(root: string, url: string, paths: path.PlatformPath = path): AppFileLookup {
  if (!isAppUrl(url)) return { kind: 'refused', status: 404 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(url).pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  // NUL truncates paths in native code and ':' opens drive letters and NTFS streams.
  if (decoded.includes('\0') || decoded.includes(':')) return { kind: 'refused', status: 400 };
  const segments = decoded.split(/[/\\]+/).filter((s) => s.length > 0);
  if (segments.some((s) => s === '..')) return { kind: 'refused', status: 403 };
  const base = paths.resolve(root);
  const index = paths.join(base, 'index.html');
  const file = segments.length === 0 ? index : paths.resolve(base, ...segments);
  const relative = paths.relative(base, file);
  if (relative.startsWith('..') || paths.isAbsolute(relative)) return { kind: 'refused', status: 403 };
  const last = segments[segments.length - 1] ?? '';
  return { kind: 'file', file, fallback: file !== index && paths.extname(last) === '' ? index : null };
}

export function contentTypeFor(file: string): string {
  return mimeTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers for every app:// response, errors included, so no document escapes the CSP. */
export function appResponseHeaders(contentType: string, file?: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': file === undefined || path.extname(file) === '.html' ? 'no-store' : 'max-age=3600',
  };
}
