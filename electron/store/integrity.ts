// The open-time integrity check (PRAGMA quick_check). It reads the whole file — 3.4 s warm,
// 9.6 s cold for a 3 GB workspace — so it runs before the first query only when the last
// session may have ended badly; otherwise a worker thread runs it on a read-only connection of
// its own once the workspace is open, and a failure is reported (workspace.info `integrity`)
// instead of holding up the first screen.
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../shared/contract/errors';
import type { Db } from './database';

export type IntegrityState = 'ok' | 'checking' | 'failed' | 'skipped';

export interface IntegrityCheck {
  readonly state: IntegrityState;
  /** What a failed check found, or why a check did not run to the end. */
  readonly detail: string | null;
  /** Settles with the final state; never rejects. */
  readonly done: Promise<IntegrityState>;
  /** The workspace is closing: forget a pending check, terminate a running one. */
  stop(): void;
}

/**
 * Whether the last process that wrote the file may have died with it open: a non-empty `-wal`
 * or `-journal` beside it. SQLite deletes the WAL when the last connection closes cleanly and
 * a rollback journal when its transaction ends (read-only connections leave an empty `-wal`),
 * so one with content is what a crash, a kill or a power cut leaves — or another process that
 * has the workspace open right now, where checking first is merely slower. Unlike a
 * "clean shutdown" flag in `meta` this needs no write on open and close, works for read-only
 * opens, and cannot be left stale by a second process that closes first.
 */
export function endedUncleanly(path: string): boolean {
  return nonEmpty(`${path}-wal`) || nonEmpty(`${path}-journal`);
}

function nonEmpty(file: string): boolean {
  try {
    return statSync(file).size > 0;
  } catch {
    return false;
  }
}

/** 'ok', or SQLite's first complaints on one line. */
export function quickCheckResult(db: Db): string {
  const rows = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
  const found = rows.map((row) => row.quick_check);
  return found.length === 1 && found[0] === 'ok' ? 'ok' : found.join('; ');
}

/** Runs the check now; a damaged file is refused with WORKSPACE_CORRUPT. */
export function checkIntegrityNow(db: Db, path: string): void {
  let result: string;
  try {
    result = quickCheckResult(db);
  } catch (error) {
    throw new AppError('WORKSPACE_CORRUPT', `${path}: is damaged (${message(error)})`);
  }
  if (result !== 'ok') throw new AppError('WORKSPACE_CORRUPT', `${path}: failed its integrity check (${result})`);
}

export function settledCheck(state: IntegrityState, detail: string | null = null): IntegrityCheck {
  return { state, detail, done: Promise.resolve(state), stop: () => undefined };
}

/**
 * How long after opening the background check starts: the first screen's queries get the disk
 * first, and a workspace opened only briefly (tests, a quick switch) never starts a worker.
 */
export const BACKGROUND_CHECK_DELAY_MS = 1500;

/** What the worker (integrity-worker.ts) is given and answers. */
export interface IntegrityTask {
  path: string;
}
export type IntegrityReply = { kind: 'result'; result: string } | { kind: 'error'; code: string | null; message: string };

// Next to this module in the source tree (a tsx shim) and next to the bundle in a build.
const workerFile = fileURLToPath(new URL('./integrity-worker-entry.js', import.meta.url));

/** SQLite's codes for a damaged file, as opposed to one it could not read just now. */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

export function checkInBackground(path: string, delayMs = BACKGROUND_CHECK_DELAY_MS): IntegrityCheck {
  let state: IntegrityState = 'checking';
  let detail: string | null = null;
  let worker: Worker | null = null;
  let finish: (state: IntegrityState) => void = () => undefined;
  const done = new Promise<IntegrityState>((resolve) => (finish = resolve));
  const settle = (next: IntegrityState, why: string | null) => {
    if (state !== 'checking') return;
    state = next;
    detail = why;
    finish(next);
  };
  const start = () => {
    try {
      worker = new Worker(workerFile, { workerData: { path } satisfies IntegrityTask });
    } catch (error) {
      settle('skipped', `the check could not start: ${message(error)}`);
      return;
    }
    // Never keeps a process alive: the check is worth nothing once nobody is left to ask.
    worker.unref();
    worker.once('message', (reply: IntegrityReply) => {
      if (reply.kind === 'result') settle(reply.result === 'ok' ? 'ok' : 'failed', reply.result === 'ok' ? null : reply.result);
      else settle(reply.code && DAMAGE_CODES.has(reply.code) ? 'failed' : 'skipped', reply.message);
    });
    worker.once('error', (error) => settle('skipped', `the check could not run: ${error.message}`));
    worker.once('exit', () => settle('skipped', 'the check stopped before it finished'));
  };
  const timer = setTimeout(start, delayMs);
  timer.unref();
  return {
    get state() {
      return state;
    },
    get detail() {
      return detail;
    },
    done,
    stop() {
      clearTimeout(timer);
      // A worker inside SQLite ends when quick_check returns; its connection is read-only.
      if (worker) void worker.terminate();
      settle('skipped', 'the workspace was closed before the check finished');
    },
  };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
