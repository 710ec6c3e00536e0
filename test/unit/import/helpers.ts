import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const repoRoot = resolve(import.meta.dirname, '../../..');
export const dataDir = resolve(repoRoot, '../shared/data');
export const hasData = existsSync(dataDir);
if (!hasData) console.log(`[import tests] ${dataDir} is absent: dataset tests are skipped`);

/** A temp folder removed after the test file. */
export function tempDir(): { dir: string; write(name: string, content: string | Uint8Array): string } {
  const dir = mkdtempSync(join(tmpdir(), 'churn-import-'));
  // Retried: read-pool workers close their connections on their own threads, and may still be removing a -wal or -shm file.
  afterAll(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }));
  return {
    dir,
    write(name, content) {
      const p = join(dir, name);
      writeFileSync(p, content);
      return p;
    },
  };
}
