// Warning evaluation at 1 M customers (issue 14): the three default rules of PRODUCT.md §6
// evaluated on the newest snapshot as a refresh runs them — first with no warning yet (every
// match raised, with its event), then again on the same snapshot (every match held) — and the
// inbox's reads on the result (the badge's summary, the first page, a bulk acknowledge by filter).
// The workspace is a COPY of the cockpit bench's 1 M cache (segment-preview.bench.ts builds it
// when missing): the evaluation writes, and the shared cache must stay as it is.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace } from '../../electron/store/workspace';
import { evaluateWarnings, newestSnapshot } from '../../electron/store/warnings/evaluate';
import { warningPage } from '../../electron/store/warnings/list';
import { warningSummary } from '../../electron/store/warnings/summary';
import { updateWarnings } from '../../electron/store/warnings/update';
import { cockpitWorkspace } from './segment-preview.bench';

const s = (ms: number) => Number((ms / 1000).toFixed(2));

function timed<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export async function run(): Promise<Record<string, number | string>> {
  const { path: cached, built } = await cockpitWorkspace();
  const dir = mkdtempSync(join(tmpdir(), 'churn-warnings-bench-'));
  const path = join(dir, 'warnings.churn');
  try {
    const copy = timed(() => copyFileSync(cached, path));
    const ws = await openWorkspace(path);
    try {
      const db = ws.db;
      const customers = db.prepare('SELECT count(*) FROM customer_mart').pluck().get() as number;
      const snapshot = newestSnapshot(db);
      if (!snapshot) throw new Error('the cached workspace has no snapshot');
      // Only the three defaults, from a clean slate.
      db.prepare('DELETE FROM warnings').run();
      db.prepare('DELETE FROM warning_rules WHERE builtin IS NULL').run();
      db.prepare('UPDATE warning_rules SET enabled = 1').run();
      const first = timed(() => evaluateWarnings(db, snapshot.id, snapshot.asOf));
      const second = timed(() => evaluateWarnings(db, snapshot.id, snapshot.asOf));
      const summary = timed(() => warningSummary(db));
      const page = timed(() => warningPage(db, { filter: {}, offset: 0, limit: 100 }));
      const owner = page.value.rows[0]?.owner ?? '';
      const bulk = timed(() => updateWarnings(db, { filter: { owners: [owner], states: ['open'] } }, { action: 'acknowledge' }, new Date().toISOString()));
      return {
        customers,
        'workspace built this run': built ? 'yes' : 'no (cached)',
        'copy of the cached workspace, s': s(copy.ms),
        'first evaluation (all raised), s': s(first.ms),
        'raised (high / medium / low)': `${first.value?.raised ?? 0} (${first.value?.raisedBySeverity.high ?? 0} / ${first.value?.raisedBySeverity.medium ?? 0} / ${first.value?.raisedBySeverity.low ?? 0})`,
        'second evaluation (all held), s': s(second.ms),
        held: second.value?.held ?? 0,
        'warning.summary, ms': Number(summary.ms.toFixed(1)),
        'warning.list first page of 100, ms': Number(page.ms.toFixed(1)),
        [`bulk acknowledge of one owner's open warnings (${bulk.value.updated}), ms`]: Number(bulk.ms.toFixed(1)),
      };
    } finally {
      ws.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
