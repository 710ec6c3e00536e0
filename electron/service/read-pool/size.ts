// How many read workers the pool keeps: CHURN_COCKPIT_READ_WORKERS, else 2 (the cores of the
// laptops the app is sized for; each worker holds a connection and its caches).
export const DEFAULT_READ_WORKERS = 2;

export function readWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.CHURN_COCKPIT_READ_WORKERS);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_READ_WORKERS;
}
