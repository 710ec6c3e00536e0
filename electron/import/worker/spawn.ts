// Starts the parsing worker with a heap cap and turns its messages into an async stream the
// writer consumes at its own pace. Running out of memory, crashing or being terminated all
// end the stream with an error the import reports — none of them can touch the workspace.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/contract/errors';
import type { ParentMessage, WorkerMessage, WorkerTask } from './protocol';

export const DEFAULT_WORKER_MEMORY_MB = 2560;

export class WorkerFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'WorkerFailure';
  }
}

/** The source-tree entry, or the compiled one a packaged build names in the environment. */
function workerEntry(): URL {
  const override = process.env.CHURN_COCKPIT_IMPORT_WORKER;
  if (override) return pathToFileURL(override);
  const here = new URL('./parse-worker.js', import.meta.url);
  if (here.protocol === 'file:' && existsSync(fileURLToPath(here))) return here;
  throw new AppError('INTERNAL', 'import worker entry not found (set CHURN_COCKPIT_IMPORT_WORKER)', { reason: 'workerMissing', params: { file: 'parse-worker.js' } });
}

export interface ParseWorker {
  messages(): AsyncGenerator<WorkerMessage>;
  credit(n?: number): void;
  terminate(): Promise<void>;
  readonly threadId: number;
}

export function startParseWorker(task: WorkerTask, options: { memoryLimitMb?: number } = {}): ParseWorker {
  const limit = options.memoryLimitMb ?? DEFAULT_WORKER_MEMORY_MB;
  const worker = new Worker(workerEntry(), {
    workerData: task,
    resourceLimits: { maxOldGenerationSizeMb: limit, maxYoungGenerationSizeMb: 16 },
    stdout: false,
    stderr: false,
  });
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | null = null;
  let ended = false;
  let terminated = false;
  const push = (m: WorkerMessage): void => {
    queue.push(m);
    const w = wake;
    wake = null;
    w?.();
  };
  worker.on('message', (m: WorkerMessage) => push(m));
  worker.on('error', (error: Error & { code?: string }) => {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      push({ type: 'error', code: 'out-of-memory', message: `reading the file needs more than the ${limit} MB of memory the import allows; split the file or save it as CSV` });
    } else {
      push({ type: 'error', code: 'internal', message: `the import worker failed: ${error.message}` });
    }
  });
  worker.on('exit', (code) => {
    if (!ended)
      push({ type: 'error', code: terminated ? 'aborted' : 'internal', message: terminated ? 'import cancelled' : `the import worker stopped unexpectedly (exit code ${code})` });
  });
  return {
    threadId: worker.threadId,
    async *messages() {
      for (;;) {
        while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        const m = queue.shift() as WorkerMessage;
        if (m.type === 'done' || m.type === 'error') ended = true;
        yield m;
        if (ended) return;
      }
    },
    credit(n = 1) {
      if (!ended && !terminated) worker.postMessage({ type: 'credit', n } satisfies ParentMessage);
    },
    async terminate() {
      terminated = true;
      await worker.terminate();
    },
  };
}
