// import.rejectGroups on the store: groups by code and params, largest first (ties in source
// order), the first examples in source order, only the asked import; at most MAX_REJECT_GROUPS
// groups, the rest counted in the total (old sentences embed the value: one group per row).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { importRejectGroups } from '../../electron/import/reject-groups';
import { rejectSink } from '../../electron/import/writer/import-records';
import { MAX_REJECT_GROUPS } from '../../shared/contract/domains/import-rejects';
import { duplicateKey, invalidValue, legacyReason } from '../../shared/import/reject-reasons';
import { tempDir } from '../support/temp';

describe('reject groups', () => {
  let t: ReturnType<typeof tempDir>;
  let ws: Workspace;
  beforeEach(async () => {
    t = tempDir();
    ws = await openWorkspace(join(t.dir, 'g.churn'), { create: true });
    ws.db.exec(`INSERT INTO imports (import_id, source_file, imported_at, mode) VALUES (1, 'a.csv', '2024-01-01', 'append'), (2, 'b.csv', '2024-01-02', 'append');`);
  });
  afterEach(() => {
    ws.close();
    t.cleanup();
  });

  it('groups equal reasons whatever the order of their params, largest first, with the first three examples', () => {
    const sink = rejectSink(ws.db, 1, { file: 'a.csv', table: 'a', sheet: null });
    const date = invalidValue('orders', 'order_date', 'day', 'date');
    const dateReordered = { code: 'invalidValue' as const, params: { expected: 'date', column: 'day', table: 'orders', field: 'order_date' } };
    sink.add([
      { row: 2, column: 'id', value: 'K1', reason: duplicateKey('orders', 'order_id', 'id') },
      { row: 3, column: 'day', value: 'x', reason: date },
      { row: 4, column: 'day', value: 'y', reason: dateReordered },
      { row: 5, column: 'day', value: 'z', reason: date },
      { row: 6, column: 'day', value: 'w', reason: dateReordered },
      { row: 7, column: 'id', value: 'K2', reason: duplicateKey('orders', 'order_id', 'id') },
      { row: 8, column: 'amt', value: 'q', reason: invalidValue('orders', 'amount', 'amt', 'number') },
    ]);
    rejectSink(ws.db, 2, { file: 'b.csv', table: 'b', sheet: null }).add([{ row: 9, column: 'day', value: 'v', reason: date }]);
    const summary = importRejectGroups(ws.db, 1);
    expect(summary.total).toBe(7);
    expect(summary.groups.map((g) => [g.reason.code, g.reason.params.field, g.count, g.examples.map((e) => `${e.row}:${e.value}`)])).toEqual([
      ['invalidValue', 'order_date', 4, ['3:x', '4:y', '5:z']],
      ['duplicateKey', 'order_id', 2, ['2:K1', '7:K2']],
      ['invalidValue', 'amount', 1, ['8:q']],
    ]);
    expect(summary.groups[0]?.examples[0]).toEqual({ file: 'a.csv', sheet: null, table: 'a', row: 3, column: 'day', value: 'x' });
    expect(importRejectGroups(ws.db, 2).groups.map((g) => g.count)).toEqual([1]);
    expect(importRejectGroups(ws.db, 3)).toEqual({ total: 0, groups: [] });
  });

  it(`lists at most ${MAX_REJECT_GROUPS} groups; the total still counts every reject`, () => {
    const n = MAX_REJECT_GROUPS + 30;
    const cells = Array.from({ length: n }, (_, i) => ({ row: i + 2, column: 'amount', value: `v${i}`, reason: legacyReason(`amount: not a number: "v${i}"`) }));
    cells.push({ row: n + 2, column: 'amount', value: 'v0', reason: legacyReason('amount: not a number: "v0"') });
    rejectSink(ws.db, 1, { file: 'a.csv', table: 'a', sheet: null }).add(cells);
    const summary = importRejectGroups(ws.db, 1);
    expect(summary.total).toBe(n + 1);
    expect(summary.groups).toHaveLength(MAX_REJECT_GROUPS);
    expect(summary.groups[0]).toMatchObject({ reason: { code: 'legacy', params: { text: 'amount: not a number: "v0"' } }, count: 2 });
    expect(summary.groups.slice(1).every((g) => g.count === 1)).toBe(true);
  });
});
