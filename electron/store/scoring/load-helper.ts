// The second core during a history load: a worker thread with its own read-only connection
// scans the upper rowid half of every fact table while this thread reads the customers and
// the lower halves. The caller stays synchronous (refresh and training are synchronous jobs
// already running off the UI), so it blocks on a shared flag and takes the result with
// receiveMessageOnPort instead of awaiting events.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { EventParts } from '../../../shared/scoring/events';
import type { Db } from '../database';

/** Below this many fact rows a thread's start-up (~0.3–1 s under tsx) costs more than it saves. */
const MIN_PARALLEL_ROWS = 400_000;
/** A helper that has not even started by then (missing or broken bundle) is given up on. */
const START_TIMEOUT_MS = 20_000;
/** Share of each table the helper scans: this thread also reads the customer table. */
const HELPER_SHARE = 0.58;

export const HELPER_STATE = { waiting: 0, started: 1, done: 2 } as const;

// Source tree: a .js shim registering tsx. Bundled app: the bundled load-worker.ts under
// this name next to the bundle that contains this module.
const helperFile = fileURLToPath(new URL('./load-worker-entry.js', import.meta.url));

export interface HelperJob {
  table: string;
  /** Scan rowids in (lo, hi]. */
  lo: number;
  hi: number;
}

export interface HelperData {
  path: string;
  limitDay: number;
  jobs: HelperJob[];
  port: MessagePort;
  state: SharedArrayBuffer;
}

export type HelperResult = { ok: true; customers: number; sample: string[]; parts: EventParts[] } | { ok: false; error: string };

export interface Helper {
  worker: Worker;
  port: MessagePort;
  state: Int32Array;
  /** Per table: this thread scans (lo, split], the helper (split, hi]. */
  split: number[];
}

/** Every k-th known customer id: a cheap check that both threads numbered customers alike. */
export function idSample(ids: readonly string[]): string[] {
  const step = Math.max(1, Math.floor(ids.length / 64));
  const out: string[] = [String(ids.length)];
  for (let i = 0; i < ids.length; i += step) out.push(ids[i]!);
  if (ids.length > 0) out.push(ids[ids.length - 1]!);
  return out;
}

export function startHelper(db: Db, limitDay: number, parallel: boolean | undefined, tables: readonly string[], ranges: readonly { lo: number; hi: number }[]): Helper | null {
  const rows = ranges.reduce((sum, r) => sum + (r.hi - r.lo), 0);
  if (parallel === false || db.memory || !existsSync(helperFile)) return null;
  if (parallel === undefined && (rows < MIN_PARALLEL_ROWS || availableParallelism() < 2)) return null;
  const split = ranges.map((r) => r.lo + Math.round((r.hi - r.lo) * (1 - HELPER_SHARE)));
  const jobs = tables.map((table, k) => ({ table, lo: split[k]!, hi: ranges[k]!.hi }));
  const { port1, port2 } = new MessageChannel();
  const state = new SharedArrayBuffer(4);
  const data: HelperData = { path: db.name, limitDay, jobs, port: port2, state };
  try {
    const worker = new Worker(helperFile, { workerData: data, transferList: [port2] });
    // Errors surface through the result message; an unhandled 'error' event must not crash the job.
    worker.on('error', () => undefined);
    worker.unref();
    return { worker, port: port1, state: new Int32Array(state), split };
  } catch {
    port1.close();
    return null;
  }
}

/** The helper's rows per table, or null when the caller must scan the helper's share itself. */
export function joinHelper(helper: Helper, ids: readonly string[]): EventParts[] | null {
  const { state } = helper;
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (Atomics.load(state, 0) === HELPER_STATE.waiting) {
    if (performance.now() > deadline) return abandon(helper);
    Atomics.wait(state, 0, HELPER_STATE.waiting, 100);
  }
  while (Atomics.load(state, 0) !== HELPER_STATE.done) Atomics.wait(state, 0, HELPER_STATE.started);
  const message = receiveMessageOnPort(helper.port)?.message as HelperResult | undefined;
  helper.port.close();
  if (!message?.ok) return null;
  // A customer added between the two threads' reads would shift the numbering.
  const mine = idSample(ids);
  if (message.sample.length !== mine.length || message.sample.some((v, i) => v !== mine[i])) return null;
  return message.parts;
}

function abandon(helper: Helper): null {
  helper.port.close();
  void helper.worker.terminate();
  return null;
}
