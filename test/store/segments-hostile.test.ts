// Hostile rules, as a CLI rule file or a saved segment: every field name that is not a catalog id
// is refused, every value is bound and matched literally (never read as SQL), and nothing in the
// workspace changes but the segments the analyst saved. The customer tables are checksummed
// before and after.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { countMatching } from '../../electron/store/analytics/run-query';
import { martState } from '../../electron/store/analytics/mart-state';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { segmentPreview } from '../../electron/service/segments/preview';
import { saveSegment } from '../../electron/service/segments/writes';
import { parseRuleFile } from '../../shared/segments/rule-file';
import { tempDir } from '../support/temp';

const quiet = () => undefined;

const HOSTILE_FIELDS = [
  'region; DROP TABLE customers; --',
  'region" OR 1=1 --',
  '"customer_mart"',
  'customer_mart.region',
  'attr_x\u0000',
  'REGION',
  '__proto__',
  'constructor',
  'saved_segment) OR (1=1',
  'a'.repeat(5000),
];

const HOSTILE_VALUES = ["华东' OR '1'='1", "'); DELETE FROM customers; --", '%', '_', '!', '\\', "=cmd|' /C calc'!A0", '华东\u2028', "\"; ATTACH DATABASE '/tmp/x' AS x; --"];

describe('hostile segment rules', () => {
  const t = tempDir();
  let ws: Workspace;
  let asOf: string;
  // Whole tables where they are small, and the mart's columns a hostile rule names.
  const checksum = () => ({
    customers: ws.db.prepare('SELECT * FROM customers ORDER BY rowid').raw(true).all(),
    settings: ws.db.prepare('SELECT * FROM settings ORDER BY key').raw(true).all(),
    snapshots: ws.db.prepare('SELECT snapshot_id, as_of FROM snapshots ORDER BY snapshot_id').raw(true).all(),
    orders: ws.db.prepare('SELECT count(*), total(amount) FROM orders').raw(true).get(),
    mart: ws.db
      .prepare('SELECT group_concat(quote(customer_id) || quote(region) || quote(health_score), char(10)) FROM (SELECT * FROM customer_mart ORDER BY rowid)')
      .pluck()
      .get(),
  });
  const schema = () => ws.db.prepare(`SELECT type, name, sql FROM sqlite_schema ORDER BY name`).all();

  beforeAll(async () => {
    const path = join(t.dir, 'hostile.churn');
    await createDemoWorkspace(path, { customers: 800 });
    ws = await openWorkspace(path);
    runRefresh(ws.db, { trainIfMissing: true }, quiet);
    asOf = martState(ws.db)!.asOf;
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('refuses every field that is not a catalog id, from a rule file or a saved segment, and changes nothing', () => {
    const before = { sums: checksum(), schema: schema() };
    for (const field of HOSTILE_FIELDS) {
      const rule = { op: 'and', rules: [{ field, op: '=', value: 'x' }] };
      let filter;
      try {
        filter = parseRuleFile(rule);
      } catch (error) {
        // A NUL is refused by the rule file itself.
        expect(String((error as Error).message)).toMatch(/NUL|field/i);
        continue;
      }
      expect(() => segmentPreview(ws.db, { filter, sampleSize: 5, funnel: true }), field).toThrow(expect.objectContaining({ code: 'UNKNOWN_FIELD' }));
      expect(() => saveSegment(ws.db, { name: `f ${field.slice(0, 40)}`, description: '', tags: [], color: 'blue', definition: { schemaVersion: 1, filter } }), field).toThrow(
        expect.objectContaining({ code: 'UNKNOWN_FIELD' }),
      );
    }
    expect(checksum()).toEqual(before.sums);
    expect(schema()).toEqual(before.schema);
    expect(ws.db.prepare('SELECT count(*) FROM segments').pluck().get()).toBe(0);
  });

  it('matches every hostile value literally: = and contains find exactly the rows holding that text', () => {
    const before = { sums: checksum(), schema: schema() };
    // Give a few customers the hostile values as their region, so a literal match has rows to find.
    const ids = ws.db.prepare('SELECT customer_id FROM customer_mart ORDER BY customer_id LIMIT ?').pluck().all(HOSTILE_VALUES.length) as string[];
    const original = ws.db.prepare('SELECT customer_id, region FROM customer_mart WHERE customer_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids));
    const setRegion = ws.db.prepare('UPDATE customer_mart SET region = ? WHERE customer_id = ?');
    HOSTILE_VALUES.forEach((value, i) => setRegion.run(value, ids[i]));
    try {
      for (const value of HOSTILE_VALUES) {
        const exact = parseRuleFile({ op: 'and', rules: [{ field: 'region', op: '=', value }] });
        const preview = segmentPreview(ws.db, { filter: exact, sampleSize: 5, funnel: false });
        const literal = ws.db.prepare('SELECT count(*) FROM customer_mart WHERE region = ?').pluck().get(value) as number;
        expect(preview.count, value).toBe(literal);
        expect(literal, value).toBeGreaterThanOrEqual(1);
        const inList = parseRuleFile({ op: 'or', rules: [{ field: 'region', op: 'in', value: [value, '华南'] }] });
        expect(countMatching(ws.db, 'customer', inList, asOf), value).toBe(ws.db.prepare('SELECT count(*) FROM customer_mart WHERE region IN (?, ?)').pluck().get(value, '华南'));
        const contains = parseRuleFile({ op: 'and', rules: [{ field: 'region', op: 'contains', value }] });
        const byJs = (ws.db.prepare('SELECT region FROM customer_mart').pluck().all() as (string | null)[]).filter(
          (r) => r !== null && r.toLowerCase().includes(value.toLowerCase()),
        ).length;
        expect(countMatching(ws.db, 'customer', contains, asOf), value).toBe(byJs);
      }
    } finally {
      const restore = ws.db.prepare('UPDATE customer_mart SET region = ? WHERE customer_id = ?');
      for (const row of original as { customer_id: string; region: string | null }[]) restore.run(row.region, row.customer_id);
    }
    expect(checksum()).toEqual(before.sums);
    expect(schema()).toEqual(before.schema);
  });
});
