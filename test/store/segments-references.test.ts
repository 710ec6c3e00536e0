// Filters that reference saved segments (the catalog's saved_segment field, helper A's lowering)
// through every filter path of the store and service: counts, previews, grid pages, membersWhere
// and the size history agree between the columnar engine and SQL, and with SQL written by hand,
// for dynamic segments, lists and a dynamic segment built on both; a cycle or a deleted segment
// makes the referring segment broken with the core's code.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { clearColumnCache } from '../../electron/store/analytics/column-cache';
import { listCustomerPage } from '../../electron/store/analytics/customer-page';
import { countMatching } from '../../electron/store/analytics/run-query';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { customerFilterContext } from '../../electron/store/segments/filter-context';
import { insertListMembers } from '../../electron/store/segments/list-members';
import { membersWhere } from '../../electron/store/segments/members-where';
import { insertSegmentRow, updateSegmentRow } from '../../electron/store/segments/segment-rows';
import { describeSegment } from '../../electron/service/segments/describe';
import { segmentPreview } from '../../electron/service/segments/preview';
import { deleteSegment, saveSegment } from '../../electron/service/segments/writes';
import { CustomerListInputSchema } from '../../shared/contract/operations';
import type { FilterNode } from '../../shared/query';
import { withColumnar } from '../support/columnar-switch';
import { tempDir } from '../support/temp';

const quiet = () => undefined;
const meta = (name: string) => ({ name, description: '', tags: [], color: 'blue' as const });
const member = (op: 'in' | 'not_in', ...values: (number | string)[]): FilterNode => ({ kind: 'condition', field: 'saved_segment', op, values });

describe('filters on saved segments', () => {
  const t = tempDir();
  let ws: Workspace;
  let ids: { atRisk: number; list: number; both: number };
  let listed: string[];

  const handCount = (sql: string, ...params: unknown[]) =>
    ws.db
      .prepare(`SELECT count(*) FROM customer_mart WHERE ${sql}`)
      .pluck()
      .get(...params) as number;
  const count = (filter: FilterNode) => {
    const context = customerFilterContext(ws.db);
    const sql = withColumnar(false, () => countMatching(ws.db, 'customer', filter, context.asOf, context.catalog, context));
    clearColumnCache(ws.db);
    const columnar = withColumnar(true, () => countMatching(ws.db, 'customer', filter, context.asOf, context.catalog, context));
    expect(columnar).toBe(sql);
    return sql;
  };

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 1500 });
    ws = await openWorkspace(path);
    runRefresh(ws.db, { trainIfMissing: true }, quiet);
    const atRisk = saveSegment(ws.db, { ...meta('At risk'), definition: { schemaVersion: 1, filter: { kind: 'condition', field: 'tier', op: '=', value: 'atRisk' } } }).id;
    listed = ws.db.prepare('SELECT customer_id FROM customer_mart ORDER BY customer_id LIMIT 300').pluck().all() as string[];
    const list = insertSegmentRow(ws.db, { ...meta('Called'), kind: 'list', definition: null, frozenFrom: null }, new Date().toISOString());
    insertListMembers(ws.db, list, [...listed, 'NOT-A-CUSTOMER', "x' OR 1=1 --"]);
    const both = saveSegment(ws.db, {
      ...meta('At risk and called'),
      definition: { schemaVersion: 1, filter: { kind: 'group', op: 'and', children: [member('in', atRisk), member('in', 'called')] } },
    }).id;
    ids = { atRisk, list, both };
  });
  afterEach(() => clearColumnCache(ws.db));
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('counts dynamic segments, lists and segments built on both, on both engines, like SQL by hand', () => {
    const inList = `customer_id IN (SELECT customer_id FROM segment_list_members WHERE segment_id = ${ids.list})`;
    expect(count(member('in', ids.atRisk))).toBe(handCount(`tier = 'atRisk'`));
    expect(count(member('in', ids.list))).toBe(listed.length);
    expect(count(member('not_in', ids.list))).toBe(handCount(`NOT ${inList}`));
    expect(count(member('in', ids.both))).toBe(handCount(`tier = 'atRisk' AND ${inList}`));
    expect(count(member('in', ids.atRisk, ids.list))).toBe(handCount(`tier = 'atRisk' OR ${inList}`));
    const mixed: FilterNode = { kind: 'group', op: 'and', children: [member('not_in', ids.both), { kind: 'condition', field: 'region', op: '=', value: '华东' }] };
    // Not a member: every customer the segment does not select, unscored ones (tier NULL) included.
    expect(count(mixed)).toBe(handCount(`region = '华东' AND NOT coalesce(tier = 'atRisk' AND ${inList}, 0)`));
    expect(describeSegment(ws.db, ids.both).size).toBe(handCount(`tier = 'atRisk' AND ${inList}`));
  });

  it('previews, pages the grid and exports the same members through the references', () => {
    const filter: FilterNode = { kind: 'group', op: 'or', children: [member('in', ids.list), { kind: 'condition', field: 'tier', op: '=', value: 'atRisk' }] };
    const sql = withColumnar(false, () => segmentPreview(ws.db, { filter, sampleSize: 20, funnel: true }));
    const columnar = withColumnar(true, () => segmentPreview(ws.db, { filter, sampleSize: 20, funnel: true }));
    expect({ ...columnar, elapsedMs: 0 }).toEqual({ ...sql, elapsedMs: 0 });
    expect(sql.funnel.map((s) => s.count)).toEqual([listed.length, sql.count]);
    const page = (on: boolean) =>
      withColumnar(on, () =>
        listCustomerPage(ws.db, { ...CustomerListInputSchema.parse({ limit: 50, sort: [{ column: 'clv', direction: 'desc' }] }), filter: member('in', ids.both) }),
      );
    expect(page(true)).toEqual(page(false));
    expect(page(true).rows.every((r) => r.segments?.includes(ids.both) && r.segments.includes(ids.list) && r.segments.includes(ids.atRisk))).toBe(true);
    const where = membersWhere(ws.db, { segmentId: ids.both });
    expect(
      ws.db
        .prepare(`SELECT count(*) FROM customer_mart WHERE ${where.sql}`)
        .pluck()
        .get(...where.params),
    ).toBe(describeSegment(ws.db, ids.both).size);
  });

  it('breaks a segment whose reference is deleted or cyclic, and refuses to delete a used one', () => {
    expect(() => deleteSegment(ws.db, { id: ids.atRisk })).toThrow(expect.objectContaining({ reason: 'segmentInUse', params: { users: 'At risk and called', count: 1 } }));
    expect(() => saveSegment(ws.db, { ...meta('At risk'), id: ids.atRisk, definition: { schemaVersion: 1, filter: member('in', ids.both) } })).toThrow(
      expect.objectContaining({ code: 'SEGMENT_CYCLE' }),
    );
    // A cycle written behind the service's back (an older app, a hand edit) is reported, never a crash.
    updateSegmentRow(ws.db, ids.atRisk, { ...meta('At risk'), definition: JSON.stringify({ schemaVersion: 1, filter: member('in', ids.both) }) }, new Date().toISOString());
    expect(describeSegment(ws.db, ids.both).broken?.code).toBe('SEGMENT_CYCLE');
    ws.db.prepare('DELETE FROM segments WHERE id = ?').run(ids.atRisk);
    expect(describeSegment(ws.db, ids.both).broken).toEqual({ code: 'UNKNOWN_SEGMENT', params: { segment: String(ids.atRisk) } });
  });
});
