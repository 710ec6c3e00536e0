// Starts `churn-cockpit serve` as a child process and waits for its one `listening` line.
import { spawn, type ChildProcess } from 'node:child_process';
import { CLI } from '../support/cli';

export interface Served {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `workspace` null: serve's own start-up choice (the folder's last opened workspace, else its demo). */
export function serve(workspace: string | null, env: Record<string, string> = {}, args: readonly string[] = []): Promise<Served> {
  const child = spawn(process.execPath, [CLI, 'serve', ...(workspace === null ? [] : [workspace]), '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 60_000);
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^listening (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          child,
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${err}`));
    });
  });
}
