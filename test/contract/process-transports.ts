// The hosts that run in their own process: the utility host (Electron's data process, driven
// through a stand-in parentPort) and the CLI's `call --stdio`. Both speak request/result
// messages by id; the suite sees them exactly like the in-process and HTTP transports.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { InvokeResult } from '../../shared/contract/errors';
import { CLI, REPO_ROOT } from '../support/cli';
import type { Transport } from './transports';

interface Pending {
  resolve(result: InvokeResult<unknown>): void;
  reject(error: Error): void;
}

/** Correlates results with requests by id, and fails every waiter if the process dies. */
function correlate(child: ChildProcess, name: string, send: (message: object) => void) {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let exited: Error | null = null;
  child.once('exit', (code, signal) => {
    exited = new Error(`${name} exited (${code ?? signal})`);
    for (const p of pending.values()) p.reject(exited);
    pending.clear();
  });
  return {
    settle: (message: { type?: unknown; id?: unknown; result?: unknown }): void => {
      if (message.type !== 'result' || typeof message.id !== 'number') return;
      pending.get(message.id)?.resolve(message.result as InvokeResult<unknown>);
      pending.delete(message.id);
    },
    invoke: (operation: string, input: unknown): Promise<InvokeResult<unknown>> => {
      if (exited) return Promise.reject(exited);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        send({ id, name: operation, input });
      });
    },
    close: (): Promise<void> => {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}

/**
 * The utility host as Electron starts it, with a start-up workspace that does not exist, so
 * (like the other hosts) it begins with no workspace open.
 */
export async function overUtilityHost(tempDir: string): Promise<Transport> {
  const harness = join(REPO_ROOT, 'test', 'support', 'parent-port-harness.js');
  const host = pathToFileURL(join(REPO_ROOT, 'electron', 'hosts', 'utility-host.ts')).href;
  const child = fork(harness, [host], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, CHURN_COCKPIT_WORKSPACE: join(tempDir, 'missing.churn'), CHURN_COCKPIT_HOME: tempDir },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const link = correlate(child, 'utility host', (m) => child.send(m));
  await new Promise<void>((resolve, reject) => {
    child.on('message', (m: { type?: unknown }) => (m.type === 'ready' ? resolve() : link.settle(m)));
    child.once('exit', (code) => reject(new Error(`utility host exited before ready (${code})`)));
  });
  return { name: 'utility host', invoke: link.invoke, close: link.close };
}

/** `churn-cockpit call --stdio`: one JSON request per line in, one result line out; `home` is its workspace folder. */
export function overCliStdio(home: string): Promise<Transport> {
  const child = spawn(process.execPath, [CLI, 'call', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, CHURN_COCKPIT_HOME: home } });
  const link = correlate(child, 'CLI', (m) => child.stdin?.write(`${JSON.stringify(m)}\n`));
  createInterface({ input: child.stdout }).on('line', (line) => link.settle(JSON.parse(line) as { type?: unknown }));
  return Promise.resolve({
    name: 'CLI call --stdio',
    invoke: link.invoke,
    close: () => {
      child.stdin?.end();
      return link.close();
    },
  });
}
