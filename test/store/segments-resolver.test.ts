// How saved_segment references resolve and what they reach: by id, numeric string or name (ASCII
// case ignored), lists as ids, unreadable rules as unknown, a rule being saved seen through
// `overrides`; the segments a filter reaches through others (cycles end the walk); stored
// definitions read back with their schema version; and a list's row mask for the columnar engine.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { columnarView, listMask } from '../../electron/store/analytics/column-cache';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { readDefinition } from '../../electron/store/segments/definition-read';
import { insertListMembers } from '../../electron/store/segments/list-members';
import { reachedSegments } from '../../electron/store/segments/referenced';
import { segmentResolver } from '../../electron/store/segments/resolver';
import { insertSegmentRow } from '../../electron/store/segments/segment-rows';
import type { FilterNode } from '../../shared/query';
import { tempDir } from '../support/temp';

const NOW = '2026-01-01T00:00:00Z';
const A: FilterNode = { kind: 'condition', field: 'region', op: '=', value: '华东' };
const ref = (...values: (number | string)[]): FilterNode => ({ kind: 'condition', field: 'saved_segment', op: 'in', values });
const def = (filter: FilterNode) => JSON.stringify({ schemaVersion: 1, filter });

describe('segment references', () => {
  const t = tempDir();
  let ws: Workspace;
  let ids: { east: number; list: number; viaEast: number; loopA: number; loopB: number; damaged: number };

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 200 });
    ws = await openWorkspace(path);
    const row = (name: string, definition: string | null) =>
      insertSegmentRow(ws.db, { kind: definition === null ? 'list' : 'dynamic', name, description: '', tags: [], color: 'blue', definition, frozenFrom: null }, NOW);
    const east = row('East', def(A));
    const list = row('Called', null);
    const viaEast = row('Via east', def({ kind: 'group', op: 'and', children: [ref(east), ref('called')] }));
    const loopA = row('Loop A', def(ref('Loop B')));
    const loopB = row('Loop B', def(ref('Loop A')));
    const damaged = row('Damaged', '{"schemaVersion":1,"filter":{"kind":"nonsense"}}');
    ids = { east, list, viaEast, loopA, loopB, damaged };
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('resolves by id, numeric string and name ignoring case; lists to their id; unreadable or unknown to undefined', () => {
    const resolve = segmentResolver(ws.db);
    expect(resolve(ids.east)).toEqual({ kind: 'filter', id: ids.east, filter: A });
    expect(resolve(String(ids.east))).toEqual({ kind: 'filter', id: ids.east, filter: A });
    expect(resolve('EAST')).toEqual({ kind: 'filter', id: ids.east, filter: A });
    expect(resolve('Called')).toEqual({ kind: 'list', id: ids.list });
    expect(resolve(ids.damaged)).toBeUndefined();
    expect(resolve('nobody')).toBeUndefined();
    expect(resolve(9999)).toBeUndefined();
    expect(resolve(1.5)).toBeUndefined();
    expect(resolve(true)).toBeUndefined();
    const other: FilterNode = { kind: 'condition', field: 'tier', op: '=', value: 'atRisk' };
    expect(segmentResolver(ws.db, new Map([[ids.east, other]]))(ids.east)).toEqual({ kind: 'filter', id: ids.east, filter: other });
  });

  it('walks references through dynamic segments, lists apart, and stops at a cycle', () => {
    const resolve = segmentResolver(ws.db);
    const reached = reachedSegments(ref(ids.viaEast), resolve);
    expect(reached.ids.sort()).toEqual([ids.viaEast, ids.east, ids.list].sort());
    expect(reached.listIds).toEqual([ids.list]);
    expect(reached.filters).toContainEqual(A);
    expect(reached.unresolved).toBe(false);
    expect(reachedSegments(ref(ids.loopA), resolve).ids.sort()).toEqual([ids.loopA, ids.loopB].sort());
    expect(reachedSegments(ref('missing'), resolve).unresolved).toBe(true);
    expect(reachedSegments(A, resolve)).toEqual({ filters: [], listIds: [], ids: [], unresolved: false });
  });

  it('reads stored definitions with their schema version and refuses damaged ones as INVALID_FILTER', () => {
    expect(readDefinition(def(A), 1)).toEqual({ schemaVersion: 1, filter: A });
    for (const text of ['{', '[]', '{"schemaVersion":1}', '{"schemaVersion":99,"filter":{"kind":"condition","field":"x","op":"=","value":1}}']) {
      expect(() => readDefinition(text, 7)).toThrow(expect.objectContaining({ code: 'INVALID_FILTER', params: { segment: 7 } }));
    }
  });

  it("masks a list's members among the mart's rows, in rowid order, read again after a commit", () => {
    const rows = ws.db.prepare('SELECT rowid, customer_id FROM customer_mart ORDER BY rowid').all() as { rowid: number; customer_id: string }[];
    const members = [rows[3]!.customer_id, rows[150]!.customer_id, 'NOT-A-CUSTOMER'];
    insertListMembers(ws.db, ids.list, members);
    expect(listMask(ws.db, ids.list)).toBeUndefined(); // no columns loaded for this state yet
    const view = columnarView(ws.db, new Map(), 1);
    expect(view?.rowCount).toBe(rows.length);
    const mask = listMask(ws.db, ids.list);
    expect(mask && [...mask.keys()].filter((i) => mask[i] === 1)).toEqual([3, 150]);
    // A list changes without the mart changing: the columns stay, the mask is read again.
    insertListMembers(ws.db, ids.list, [rows[0]!.customer_id]);
    const again = listMask(ws.db, ids.list);
    expect(again && [...again.keys()].filter((i) => again[i] === 1)).toEqual([0, 3, 150]);
  });
});
