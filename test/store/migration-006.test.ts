// Migration 006 (customer mart): four new tables, empty until the next refresh, with their
// indexes; nothing before them changes. The mart carries every snapshot feature column under
// its catalog name, and its constraints hold.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openWorkspace } from '../../electron/store/workspace';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/store/migrations';
import { migration006 } from '../../electron/store/migrations/006-customer-mart';
import type { Db } from '../../electron/store/database';
import { featureIds } from '../../shared/scoring/feature-catalog';
import { tempDir } from '../support/temp';

const TABLES = ['churn_facts_monthly', 'cohort_facts_monthly', 'customer_mart', 'customer_spells'];
const tableSql = (db: Db, name: string) => db.prepare(`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?`).pluck().get(name) as string | undefined;
const columns = (db: Db, table: string) => db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(table) as string[];
const indexes = (db: Db, table: string) =>
  db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name`).pluck().all(table) as string[];
const indexColumns = (db: Db, index: string) => db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).pluck().all(index) as string[];
/**
 * Tables a later migration adds or changes (the upgrade below runs every migration): 007 adds
 * order_lines, 008 gives import_rejects reason codes, 009 adds the segment tables, 010 dashboards,
 * 011 warnings, playbooks and campaign members (and campaigns' new columns), 012 a view over them.
 */
const CHANGED_LATER = [
  'order_lines',
  'import_rejects',
  'segments',
  'segment_list_members',
  'segment_sizes',
  'dashboards',
  'warning_rules',
  'warnings',
  'warning_events',
  'warning_evaluations',
  'playbooks',
  'campaigns',
  'campaign_members',
  'campaign_member_facts',
];
const UNCOMPARED = [...TABLES, ...CHANGED_LATER];
const schemaBefore = (db: Db) =>
  db
    .prepare(
      `SELECT type, name, sql FROM sqlite_schema WHERE name NOT IN (${UNCOMPARED.map(() => '?').join(', ')}) AND tbl_name NOT IN (${UNCOMPARED.map(() => '?').join(', ')}) ORDER BY name`,
    )
    .all(...UNCOMPARED, ...UNCOMPARED);

describe('migration 006: customer mart', () => {
  let t: ReturnType<typeof tempDir>;
  beforeEach(() => (t = tempDir()));
  afterEach(() => t.cleanup());

  it('is registered after the migrations before it', () => {
    expect(migrations).toContain(migration006);
    expect(migrations.map((m) => m.version).filter((v) => v <= 6)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(6);
  });

  it('upgrades a version-5 workspace: the four tables, STRICT, the customers listed in the mart undecided, the rest unchanged', async () => {
    const path = join(t.dir, 'a.churn');
    const v5 = await openWorkspace(path, { create: true, migrations: migrations.filter((m) => m.version <= 5) });
    v5.db.exec(`INSERT INTO customers (customer_id, name) VALUES ('C1', 'A');
                INSERT INTO orders (order_id, customer_id, order_date) VALUES ('O1', 'C1', '2024-01-05');`);
    for (const table of TABLES) expect(tableSql(v5.db, table)).toBeUndefined();
    const before = schemaBefore(v5.db);
    v5.close();
    const ws = await openWorkspace(path);
    expect(ws.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(6);
    for (const table of TABLES) {
      expect(tableSql(ws.db, table), table).toMatch(/\bSTRICT\b/);
      if (table !== 'customer_mart') expect(ws.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    // Listed at once, with its purchases, but no lifecycle or score until a refresh decides them.
    expect(ws.db.prepare('SELECT customer_id, snapshot_id, lifecycle, order_count, last_order_date, tier FROM customer_mart').all()).toEqual([
      { customer_id: 'C1', snapshot_id: null, lifecycle: null, order_count: 1, last_order_date: '2024-01-05', tier: null },
    ]);
    expect(tableSql(ws.db, 'customer_spells')).toMatch(/WITHOUT ROWID/);
    expect(schemaBefore(ws.db)).toEqual(before);
    expect(ws.db.prepare('SELECT count(*) FROM orders').pluck().get()).toBe(1);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    ws.close();
  });

  it('gives the mart the profile, purchase, lifecycle and score columns, every feature and the previous scores', async () => {
    const ws = await openWorkspace(join(t.dir, 'b.churn'), { create: true });
    const mart = columns(ws.db, 'customer_mart');
    expect(mart.slice(0, 25)).toEqual([
      'customer_id',
      'snapshot_id',
      'name',
      'region',
      'city',
      'industry',
      'segment',
      'owner',
      'signup_date',
      'contract_end',
      'status',
      'cancel_date',
      'cancel_reason',
      'attributes',
      'order_count',
      'total_amount',
      'first_order_date',
      'last_order_date',
      'lifecycle',
      'churn_date',
      'churn_kind',
      'health_score',
      'tier',
      'churn_probability',
      'p_alive',
    ]);
    expect(mart).toEqual(
      expect.arrayContaining([
        'clv',
        'expected_purchases_90d',
        'health_change',
        'rfm_r',
        'rfm_f',
        'rfm_m',
        'rfm_segment',
        'rfm_class',
        'value_tier',
        'value_risk',
        'reasons',
        'top_reason',
      ]),
    );
    // The features keep snapshot_features' names and order, so the catalog drives both.
    expect(mart.filter((c) => featureIds.includes(c as (typeof featureIds)[number]))).toEqual(featureIds);
    expect(columns(ws.db, 'snapshot_features').slice(2)).toEqual(featureIds);
    expect(mart.slice(-4)).toEqual(['prev_health_score', 'prev_churn_probability', 'prev_clv', 'prev_p_alive']);
    expect(columns(ws.db, 'customer_spells')).toEqual(['customer_id', 'spell', 'start_date', 'end_date']);
    expect(columns(ws.db, 'churn_facts_monthly')).toEqual(['month', 'region', 'city', 'owner', 'industry', 'segment', 'active_at_start', 'churned', 'acquired', 'returned']);
    expect(columns(ws.db, 'cohort_facts_monthly')).toEqual(['cohort_month', 'period', 'region', 'owner', 'industry', 'segment', 'customers', 'active']);
    const martIndexes = Object.fromEntries(indexes(ws.db, 'customer_mart').map((name) => [name, indexColumns(ws.db, name)]));
    expect(Object.values(martIndexes)).toEqual(
      expect.arrayContaining([
        ['lifecycle', 'tier', 'churn_probability'],
        ['region', 'owner'],
        ['owner'],
        ['health_score'],
        ['churn_probability'],
        ['clv'],
        ['value_risk'],
        ['tier', 'clv'],
        ['value_tier', 'tier', 'lifecycle', 'clv'],
        ['signup_date'],
        ['last_order_date'],
      ]),
    );
    expect(indexColumns(ws.db, indexes(ws.db, 'churn_facts_monthly')[0]!)).toEqual(['month', 'region', 'owner', 'industry', 'segment', 'city']);
    expect(indexColumns(ws.db, indexes(ws.db, 'cohort_facts_monthly')[0]!)).toEqual(['cohort_month', 'period', 'region', 'owner', 'industry', 'segment']);
    ws.close();
  });

  it('allows exactly the three lifecycles (or none yet) and four churn kinds, and STRICT types', async () => {
    const ws = await openWorkspace(join(t.dir, 'c.churn'), { create: true });
    const insert = ws.db.prepare(`INSERT INTO customer_mart (customer_id, lifecycle, churn_kind) VALUES (?, ?, ?)`);
    insert.run('A', 'active', null);
    insert.run('P', 'prospect', null);
    for (const kind of ['implicit', 'cancelled', 'contract_end', 'flag']) insert.run(`C-${kind}`, 'churned', kind);
    for (const bad of ['Active', 'lost', '']) expect(() => insert.run(`X-${bad}`, bad, null)).toThrow(/CHECK constraint failed/);
    // NULL: a customer listed before any refresh decided its lifecycle.
    insert.run('N', null, null);
    expect(() => insert.run('X-kind', 'churned', 'moved')).toThrow(/CHECK constraint failed/);
    expect(() => insert.run('A', 'active', null)).toThrow(/UNIQUE/);
    expect(() => ws.db.prepare(`INSERT INTO customer_mart (customer_id, lifecycle, order_count) VALUES ('T', 'active', 'many')`).run()).toThrow(
      /cannot store TEXT value in INTEGER column/,
    );
    const spell = ws.db.prepare(`INSERT INTO customer_spells (customer_id, spell, start_date, end_date) VALUES (?, ?, ?, ?)`);
    spell.run('A', 1, '2024-01-01', '2024-04-01');
    spell.run('A', 2, '2024-06-01', null);
    expect(() => spell.run('A', 2, '2024-08-01', null)).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => spell.run('B', 1, null, null)).toThrow(/NOT NULL/);
    ws.close();
  });
});
