// Segment sizes per snapshot: a refresh records every usable segment's size (a dynamic one
// counted on the new mart, a list's members that are customers) in the snapshot's transaction,
// and the Segment output carries the last 24, oldest first.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { insertListMembers } from '../../electron/store/segments/list-members';
import { insertSegmentRow } from '../../electron/store/segments/segment-rows';
import { recordSegmentSize, SIZE_HISTORY } from '../../electron/store/segments/sizes';
import { describeSegment } from '../../electron/service/segments/describe';
import { saveSegment } from '../../electron/service/segments/writes';
import { tempDir } from '../support/temp';

const quiet = () => undefined;

describe('segment sizes per snapshot', () => {
  const t = tempDir();
  let ws: Workspace;

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 300 });
    ws = await openWorkspace(path);
    runRefresh(ws.db, { trainIfMissing: true }, quiet);
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('records each usable segment at a refresh; a broken one gets no point', () => {
    const dynamic = saveSegment(ws.db, {
      name: 'Scored',
      description: '',
      tags: [],
      color: 'blue',
      definition: { schemaVersion: 1, filter: { kind: 'condition', field: 'health_score', op: 'not_empty' } },
    });
    const now = new Date().toISOString();
    const list = insertSegmentRow(ws.db, { kind: 'list', name: 'L', description: '', tags: [], color: 'blue', definition: null, frozenFrom: null }, now);
    const ids = ws.db.prepare('SELECT customer_id FROM customer_mart LIMIT 3').pluck().all() as string[];
    insertListMembers(ws.db, list, [...ids, 'NOBODY']);
    const broken = insertSegmentRow(
      ws.db,
      {
        kind: 'dynamic',
        name: 'Broken',
        description: '',
        tags: [],
        color: 'blue',
        definition: JSON.stringify({ schemaVersion: 1, filter: { kind: 'condition', field: 'gone', op: 'is_empty' } }),
        frozenFrom: null,
      },
      now,
    );
    const summary = runRefresh(ws.db, { trainIfMissing: false }, quiet);
    const scored = ws.db.prepare('SELECT count(*) FROM customer_mart WHERE health_score IS NOT NULL').pluck().get() as number;
    const snapshotId = ws.db.prepare('SELECT max(snapshot_id) FROM snapshots').pluck().get() as number;
    expect(summary.snapshotId).toBe(snapshotId);
    const asOf = ws.db.prepare('SELECT as_of FROM snapshots WHERE snapshot_id = ?').pluck().get(snapshotId) as string;
    expect(describeSegment(ws.db, dynamic.id).sizes).toEqual([{ snapshotId, asOf, size: scored }]);
    expect(describeSegment(ws.db, list).sizes.map((p) => p.size)).toEqual([3]);
    expect(describeSegment(ws.db, broken).sizes).toEqual([]);
  });

  it('keeps the last 24 points, oldest first', () => {
    const segment = insertSegmentRow(
      ws.db,
      { kind: 'list', name: 'History', description: '', tags: [], color: 'blue', definition: null, frozenFrom: null },
      new Date().toISOString(),
    );
    const snapshot = ws.db.prepare('INSERT INTO snapshots (as_of, created_at) VALUES (?, ?)');
    const made: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const id = Number(snapshot.run(`2020-${String((i % 12) + 1).padStart(2, '0')}-${String(Math.floor(i / 12) + 1).padStart(2, '0')}`, '2020-01-01').lastInsertRowid);
      recordSegmentSize(ws.db, segment, id, i);
      made.push(id);
    }
    const points = describeSegment(ws.db, segment).sizes;
    expect(points).toHaveLength(SIZE_HISTORY);
    const asOfs = points.map((p) => p.asOf);
    expect(asOfs).toEqual([...asOfs].sort());
    const all = ws.db.prepare('SELECT as_of FROM snapshots WHERE snapshot_id IN (SELECT value FROM json_each(?)) ORDER BY as_of').pluck().all(JSON.stringify(made)) as string[];
    expect(asOfs).toEqual(all.slice(-SIZE_HISTORY));
  });
});
