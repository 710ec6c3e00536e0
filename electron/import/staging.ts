// Uploads from a browser (the loopback HTTP host) land here, because a page cannot hand the
// service a file-system path. One private directory per launch under the OS temp dir, and one
// random subdirectory per upload, so the file itself keeps the analyst's (cleaned) name: the
// readers derive lineage, raw table names and saved-mapping matches from the file name, and
// a random prefix there would leak into all of them.
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';

export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

let dir: string | null = null;

function stagingDir(): string {
  if (!dir) {
    const made = mkdtempSync(join(tmpdir(), 'churn-cockpit-uploads-'));
    dir = made;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return dir;
}

export class UploadTooLarge extends Error {
  override name = 'UploadTooLarge';
}

/** A safe local file name for an upload: no directories, no odd characters (not unique: the caller's subdirectory is). */
export function stagedName(name: string): string {
  const base = basename(name.replace(/\\/g, '/'));
  const ext = extname(base)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 10);
  const stem = base
    .slice(0, base.length - extname(base).length)
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}_\-. ]+/gu, '_')
    .replace(/^[.\s]+/, '')
    .slice(0, 100);
  return `${stem || 'upload'}${ext}`;
}

export async function stageUpload(name: string, body: Readable, maxBytes = MAX_UPLOAD_BYTES): Promise<{ path: string; bytes: number }> {
  // Private to this upload: two uploads of the same name never collide, and nothing else can be swapped in.
  const folder = join(stagingDir(), randomBytes(8).toString('hex'));
  mkdirSync(folder, { mode: 0o700 });
  const path = join(folder, stagedName(name));
  let bytes = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(new UploadTooLarge(`the upload is larger than ${Math.round(maxBytes / 1024 ** 2)} MB`));
      else done(null, chunk);
    },
  });
  try {
    await pipeline(body, cap, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return { path, bytes };
}
