// Wall time and peak RSS of a whole child process (GNU time), for the import benches: the
// import runs as the CLI does, so start-up, the parse worker and the final checkpoint count.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { openWorkspace } from '../../electron/store/workspace';
import { CLI } from '../support/cli';

export interface Measured {
  seconds: number;
  rssMb: number;
  /** The command's standard output. */
  stdout: string;
}

export function timed(cmd: string, args: string[], input?: string): Measured {
  // The previous run's gigabytes may still be on their way to the disk: let them land first,
  // so that no run pays for the one before it.
  spawnSync('sync');
  const r = spawnSync('/usr/bin/time', ['-f', '@@ %e %M', cmd, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  const m = /@@ ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${cmd} failed (${r.status}): ${r.stderr.slice(-500)}`);
  return { seconds: Number(m[1]), rssMb: Math.round(Number(m[2]) / 1024), stdout: r.stdout };
}

export function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/**
 * `churn-cockpit import WORKSPACE FILE --json`: into a workspace the import creates (built
 * under a temporary name with a rollback journal), or, with `existing`, into an empty workspace
 * created beforehand (WAL: every page written twice; the import's thread checkpoints after
 * handing over its result, and the process ends when that is done).
 */
export async function cliImport(file: string, workspace: string, existing = false): Promise<Measured> {
  removeDb(workspace);
  if (existing) (await openWorkspace(workspace, { create: true })).close();
  return timed(process.execPath, [CLI, 'import', workspace, file, '--json']);
}

/** Seconds from the start of the import to its committed result, as the CLI's --json reports it. */
export function resultSeconds(m: Measured): number {
  const parsed = JSON.parse(m.stdout) as { durationMs?: unknown };
  if (typeof parsed.durationMs !== 'number') throw new Error('no durationMs in the import output');
  return Math.round(parsed.durationMs / 10) / 100;
}

export function rowsPerSecond(rows: number, seconds: number): number {
  return Math.round(rows / seconds);
}
