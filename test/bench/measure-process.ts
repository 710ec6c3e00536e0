// Wall time and peak RSS of a whole child process (GNU time), for the import benches: the
// import runs as the CLI does, so start-up, the parse worker and the final checkpoint count.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { CLI } from '../support/cli';

export interface Measured {
  seconds: number;
  rssMb: number;
}

export function timed(cmd: string, args: string[], input?: string): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', '@@ %e %M', cmd, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
  const m = /@@ ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`${cmd} failed (${r.status}): ${r.stderr.slice(-500)}`);
  return { seconds: Number(m[1]), rssMb: Math.round(Number(m[2]) / 1024) };
}

export function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
}

/** `churn-cockpit import WORKSPACE FILE --json` into a workspace created by the import. */
export function cliImport(file: string, workspace: string): Measured {
  removeDb(workspace);
  return timed(process.execPath, [CLI, 'import', workspace, file, '--json']);
}

export function rowsPerSecond(rows: number, seconds: number): number {
  return Math.round(rows / seconds);
}
