// Saved segments on a refreshed demo workspace: save / rename / duplicate / delete with their
// refusals, sizes that agree with an independent SQL count, the builder's preview (count,
// sample order and funnel) identical on the columnar and SQL paths, field profiles that add up to
// the mart, the grid's Segments column and Customer 360's list, and membersWhere.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { clearColumnCache } from '../../electron/store/analytics/column-cache';
import { listCustomerPage } from '../../electron/store/analytics/customer-page';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { insertListMembers } from '../../electron/store/segments/list-members';
import { membersWhere } from '../../electron/store/segments/members-where';
import { insertSegmentRow } from '../../electron/store/segments/segment-rows';
import { describeSegment, describeSegments } from '../../electron/service/segments/describe';
import { fieldProfile } from '../../electron/service/segments/field-profile';
import { segmentsOfCustomer } from '../../electron/service/segments/of-customer';
import { segmentPreview } from '../../electron/service/segments/preview';
import { deleteSegment, duplicateSegment, renameSegment, saveSegment } from '../../electron/service/segments/writes';
import { CustomerListInputSchema } from '../../shared/contract/operations';
import type { FilterNode } from '../../shared/query';
import { withColumnar } from '../support/columnar-switch';
import { tempDir } from '../support/temp';

const quiet = () => undefined;

const RULE: FilterNode = {
  kind: 'group',
  op: 'and',
  children: [
    { kind: 'condition', field: 'lifecycle', op: '!=', value: 'prospect' },
    { kind: 'condition', field: 'health_score', op: '<', value: 70 },
    {
      kind: 'group',
      op: 'or',
      children: [
        { kind: 'condition', field: 'tier', op: 'in', values: ['watch', 'atRisk'] },
        { kind: 'condition', field: 'region', op: 'not_empty' },
      ],
    },
    { kind: 'not', child: { kind: 'condition', field: 'churn_probability', op: '<', value: 0.05 } },
  ],
};
const OR_RULE: FilterNode = {
  kind: 'group',
  op: 'or',
  children: [
    { kind: 'condition', field: 'tier', op: '=', value: 'atRisk' },
    { kind: 'condition', field: 'clv', op: '>', value: 3000 },
  ],
};

const meta = (name: string) => ({ name, description: '', tags: ['t'], color: 'red' as const });

describe('segments on a demo workspace', () => {
  const t = tempDir();
  let ws: Workspace;

  /** An independent count: the rule written by hand in SQL. */
  const handCount = (sql: string) => ws.db.prepare(`SELECT count(*) FROM customer_mart WHERE ${sql}`).pluck().get() as number;

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 2000 });
    ws = await openWorkspace(path);
    runRefresh(ws.db, { trainIfMissing: true }, quiet);
  });
  afterEach(() => clearColumnCache(ws.db));
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('saves, describes, renames, duplicates and deletes; names are unique ignoring case', () => {
    const saved = saveSegment(ws.db, { ...meta('At risk'), definition: { schemaVersion: 1, filter: OR_RULE } });
    const expected = handCount(`tier = 'atRisk' OR clv > 3000`);
    expect(expected).toBeGreaterThan(0);
    expect(saved).toMatchObject({ kind: 'dynamic', name: 'At risk', tags: ['t'], color: 'red', size: expected, broken: null, usedBy: [], frozenFrom: null, sizes: [] });
    expect(saved.definition).toEqual({ schemaVersion: 1, filter: OR_RULE });
    expect(withColumnar(true, () => describeSegment(ws.db, saved.id).size)).toBe(expected);

    expect(() => saveSegment(ws.db, { ...meta('AT RISK'), definition: { schemaVersion: 1, filter: OR_RULE } })).toThrow(expect.objectContaining({ reason: 'segmentNameTaken' }));
    expect(() => saveSegment(ws.db, { ...meta('Bad'), definition: { schemaVersion: 1, filter: { kind: 'condition', field: 'nope', op: '=', value: 1 } } })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_FIELD' }),
    );
    expect(() => saveSegment(ws.db, { ...meta('Gone'), id: 9999, definition: { schemaVersion: 1, filter: OR_RULE } })).toThrow(
      expect.objectContaining({ reason: 'segmentNotFound' }),
    );

    const edited = saveSegment(ws.db, { ...meta('At risk'), id: saved.id, definition: { schemaVersion: 1, filter: RULE } });
    expect(edited.id).toBe(saved.id);
    expect(edited.definition?.filter).toEqual(RULE);

    const renamed = renameSegment(ws.db, { id: saved.id, name: 'Watch list', color: 'blue' });
    expect(renamed).toMatchObject({ name: 'Watch list', color: 'blue', tags: ['t'] });
    const copy = duplicateSegment(ws.db, { id: saved.id });
    expect(copy.name).toBe('Watch list (copy)');
    expect(copy.size).toBe(renamed.size);
    expect(duplicateSegment(ws.db, { id: saved.id }).name).toBe('Watch list (copy 2)');
    expect(() => renameSegment(ws.db, { id: copy.id, name: 'watch LIST' })).toThrow(expect.objectContaining({ reason: 'segmentNameTaken' }));

    expect(deleteSegment(ws.db, { id: copy.id })).toEqual({ deleted: true });
    expect(() => describeSegment(ws.db, copy.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', reason: 'segmentNotFound' }));
    expect(describeSegments(ws.db).map((s) => s.name)).toEqual(['Watch list', 'Watch list (copy 2)']);
  });

  it('refuses to delete a segment another one references, naming it', () => {
    const target = saveSegment(ws.db, { ...meta('Referenced'), definition: { schemaVersion: 1, filter: OR_RULE } });
    // Written directly: the reference needs the catalog's saved_segment field (helper A).
    const now = new Date().toISOString();
    const definition = JSON.stringify({ schemaVersion: 1, filter: { kind: 'condition', field: 'saved_segment', op: 'in', values: [target.id] } });
    const referrer = insertSegmentRow(ws.db, { kind: 'dynamic', name: 'Referrer', description: '', tags: [], color: 'blue', definition, frozenFrom: null }, now);
    expect(describeSegment(ws.db, target.id).usedBy).toEqual([{ kind: 'segment', id: referrer, name: 'Referrer' }]);
    expect(() => deleteSegment(ws.db, { id: target.id })).toThrow(expect.objectContaining({ reason: 'segmentInUse', params: { users: 'Referrer', count: 1 } }));
    // By name too (ASCII case ignored); a payload the operator does not read is no reference.
    const byName = JSON.stringify({ schemaVersion: 1, filter: { kind: 'condition', field: 'saved_segment', op: '=', value: 'REFERENCED' } });
    const stale = JSON.stringify({ schemaVersion: 1, filter: { kind: 'condition', field: 'saved_segment', op: 'in', values: [], value: target.id } });
    const named = insertSegmentRow(ws.db, { kind: 'dynamic', name: 'By name', description: '', tags: [], color: 'blue', definition: byName, frozenFrom: null }, now);
    insertSegmentRow(ws.db, { kind: 'dynamic', name: 'Stale', description: '', tags: [], color: 'blue', definition: stale, frozenFrom: null }, now);
    expect(
      describeSegment(ws.db, target.id)
        .usedBy.map((u) => u.id)
        .sort((a, b) => Number(a) - Number(b)),
    ).toEqual([referrer, named]);
  });

  it('previews the same count, sample and funnel on both paths, matching SQL written by hand', () => {
    for (const filter of [RULE, OR_RULE, { kind: 'condition', field: 'tier', op: '=', value: 'atRisk' } satisfies FilterNode]) {
      const sql = withColumnar(false, () => segmentPreview(ws.db, { filter, sampleSize: 20, funnel: true }));
      const columnar = withColumnar(true, () => segmentPreview(ws.db, { filter, sampleSize: 20, funnel: true }));
      expect({ ...columnar, elapsedMs: 0 }).toEqual({ ...sql, elapsedMs: 0 });
    }
    const preview = withColumnar(true, () => segmentPreview(ws.db, { filter: RULE, sampleSize: 20, funnel: true }));
    expect(preview.total).toBe(handCount('1'));
    const steps = [
      `lifecycle IS NOT NULL AND lifecycle <> 'prospect'`,
      `health_score < 70`,
      `(tier IN ('watch', 'atRisk') OR (region IS NOT NULL AND region <> ''))`,
      // NOT of a comparison holds wherever the comparison is not true, NULL included (lower.ts).
      `(churn_probability IS NULL OR churn_probability >= 0.05)`,
    ];
    const funnel = steps.map((_, i) => ({ index: i, count: handCount(steps.slice(0, i + 1).join(' AND ')) }));
    expect(preview.funnel).toEqual(funnel);
    expect(preview.count).toBe(funnel.at(-1)?.count);
    expect(funnel[0]!.count).toBeGreaterThan(preview.count);
    const expectedSample = ws.db
      .prepare(`SELECT customer_id FROM customer_mart WHERE ${steps.join(' AND ')} ORDER BY churn_probability DESC, rowid DESC LIMIT 20`)
      .pluck()
      .all();
    expect(preview.sample.map((s) => s.customer_id)).toEqual(expectedSample);
    expect(withColumnar(true, () => segmentPreview(ws.db, { filter: RULE, sampleSize: 0, funnel: false }))).toMatchObject({ sample: [], funnel: [], count: preview.count });
  });

  it('profiles categories, numbers and dates so that they add up to the mart', () => {
    const total = handCount('1');
    const regions = fieldProfile(ws.db, { field: 'region', limit: 1000, bins: 10 });
    if (regions.kind !== 'categories') throw new Error('expected categories');
    expect(regions.values.reduce((s, v) => s + v.count, 0) + regions.empty).toBe(total);
    expect(regions.values.map((v) => v.count)).toEqual([...regions.values.map((v) => v.count)].sort((a, b) => b - a));
    const first = regions.values[0]!;
    const searched = fieldProfile(ws.db, { field: 'region', search: first.value.slice(0, 1), limit: 1, bins: 10 });
    expect(searched.kind === 'categories' && searched.values[0]?.value.includes(first.value.slice(0, 1))).toBe(true);

    const health = fieldProfile(ws.db, { field: 'health_score', limit: 10, bins: 7 });
    if (health.kind !== 'histogram') throw new Error('expected histogram');
    expect(health.bins).toHaveLength(7);
    expect(health.bins.reduce((s, b) => s + b.count, 0) + health.empty).toBe(total);
    expect(health.bins[0]!.low).toBe(health.min);
    expect(health.bins.at(-1)!.high).toBe(health.max);

    const signup = fieldProfile(ws.db, { field: 'signup_date', limit: 10, bins: 7 });
    if (signup.kind !== 'dates') throw new Error('expected dates');
    expect(signup.months.reduce((s, m) => s + m.count, 0) + signup.empty).toBe(total);
    expect(signup.months[0]?.month).toBe(signup.min?.slice(0, 7));

    expect(() => fieldProfile(ws.db, { field: 'nope', limit: 10, bins: 7 })).toThrow(expect.objectContaining({ code: 'UNKNOWN_FIELD' }));
    const saved = fieldProfile(ws.db, { field: 'saved_segment', limit: 100, bins: 7 });
    expect(saved.kind).toBe('categories');
  });

  it('profiles the same from in-memory columns as from SQL', () => {
    const fields = [
      'region',
      'owner',
      'tier',
      'lifecycle',
      'health_score',
      'churn_probability',
      'clv',
      'orders_365d',
      'signup_date',
      'last_order_date',
      'churn_date',
      'cancel_reason',
    ];
    for (const field of fields) {
      for (const search of [undefined, 'a', '华']) {
        const input = { field, search, limit: 3, bins: 9 };
        expect(
          withColumnar(true, () => fieldProfile(ws.db, input)),
          field,
        ).toEqual(withColumnar(false, () => fieldProfile(ws.db, input)));
      }
    }
  });

  it('fills the grid Segments column and Customer 360 with dynamic segments and lists, like membersWhere', () => {
    const dynamic = saveSegment(ws.db, { ...meta('High CLV'), definition: { schemaVersion: 1, filter: { kind: 'condition', field: 'clv', op: '>', value: 2000 } } });
    const ids = ws.db.prepare('SELECT customer_id FROM customer_mart ORDER BY customer_id LIMIT 5').pluck().all() as string[];
    const listId = insertSegmentRow(
      ws.db,
      { kind: 'list', name: 'Called', description: '', tags: [], color: 'green', definition: null, frozenFrom: null },
      new Date().toISOString(),
    );
    insertListMembers(ws.db, listId, [ids[0]!, ids[2]!, 'NOT-A-CUSTOMER']);
    expect(describeSegment(ws.db, listId)).toMatchObject({ kind: 'list', size: 2, unknownMembers: 1, definition: null });

    const usable = describeSegments(ws.db).filter((s) => s.broken === null);
    const membersOf = new Map(
      usable.map((s) => {
        const where = membersWhere(ws.db, { segmentId: s.id });
        return [
          s.id,
          new Set(
            ws.db
              .prepare(`SELECT customer_id FROM customer_mart WHERE ${where.sql}`)
              .pluck()
              .all(...where.params) as string[],
          ),
        ];
      }),
    );
    for (const s of usable) expect(membersOf.get(s.id)?.size).toBe(s.size);
    for (const on of [false, true]) {
      const page = withColumnar(on, () => listCustomerPage(ws.db, CustomerListInputSchema.parse({ limit: 50, sort: [{ column: 'clv', direction: 'desc' }] })));
      for (const row of page.rows) {
        const expected = usable.filter((s) => membersOf.get(s.id)?.has(row.customer_id)).map((s) => s.id);
        expect(row.segments).toEqual(expected.sort((a, b) => a - b));
      }
      expect(page.rows.some((r) => r.segments?.includes(dynamic.id))).toBe(true);
    }
    const first = listCustomerPage(ws.db, CustomerListInputSchema.parse({ limit: 5 }));
    expect(first.rows[0]?.segments).toContain(listId);
    expect(segmentsOfCustomer(ws.db, ids[0]!).map((s) => s.id)).toContain(listId);
    expect(segmentsOfCustomer(ws.db, ids[1]!).map((s) => s.id)).not.toContain(listId);
    expect(() => membersWhere(ws.db, { segmentId: 9999 })).toThrow(expect.objectContaining({ reason: 'segmentNotFound' }));
    const unsaved = membersWhere(ws.db, { filter: OR_RULE });
    expect(
      ws.db
        .prepare(`SELECT count(*) FROM customer_mart WHERE ${unsaved.sql}`)
        .pluck()
        .get(...unsaved.params),
    ).toBe(handCount(`tier = 'atRisk' OR clv > 3000`));
  });
});
