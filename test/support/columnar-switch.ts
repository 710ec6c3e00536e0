// Runs a read with the columnar engine forced on (whatever the mart size) or off (SQL only), so a test can
// compare both paths on the same workspace; the environment is restored afterwards.
const ENV = 'CHURN_COCKPIT_COLUMNAR_MIN_ROWS';

export function withColumnar<T>(on: boolean, fn: () => T): T {
  const before = process.env[ENV];
  process.env[ENV] = on ? '1' : '1000000000';
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env[ENV];
    else process.env[ENV] = before;
  }
}
