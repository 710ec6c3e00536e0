// Writing a dashboard file from the demo workspace: a new file (no free page that could hold a
// deleted row), one file (no journal left), the manifest's row counts and checksum right, no
// aggregate cell under k but the all-Other ones, every component's total equal to the
// workspace's, and a cancel that leaves nothing behind.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileChecksum } from '../../electron/store/dashboard-file/schema';
import { writeDashboardFile } from '../../electron/store/dashboard-file/write-file';
import { GROUP_SIZE_COLUMN, OTHER_GROUP } from '../../shared/dashboards/cube';
import { templateSpec } from '../../shared/dashboards/templates';
import { dashboardFileFixture, type DashboardFileFixture } from './dashboard-file-fixture';

describe('dashboard file writer', () => {
  let fx: DashboardFileFixture;
  beforeAll(async () => {
    fx = await dashboardFileFixture();
  }, 120_000);
  afterAll(() => fx.cleanup());

  const scalar = (sql: string) => fx.ws.db.prepare(sql).pluck().get() as number;

  it('writes a new single file whose manifest counts and checksum match its rows', async () => {
    const written = await fx.write('cockpit.churndash', { monthly: true });
    expect(written.manifest).toMatchObject({ formatVersion: 1, kAnonymity: 5, includeDetail: false, dashboardNames: ['流失预警驾驶舱', 'Monthly review'] });
    expect(written.manifest.dataDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(readdirSync(fx.dir).filter((f) => f.includes('cockpit'))).toEqual(['cockpit.churndash']);
    const file = new Database(written.path, { readonly: true });
    try {
      expect(file.pragma('freelist_count', { simple: true })).toBe(0);
      expect(file.pragma('journal_mode', { simple: true })).toBe('delete');
      const names = written.manifest.tables.map((t) => t.name).sort();
      expect(names).toEqual(expect.arrayContaining(['catalog', 'cube_churn_month', 'cube_cohort_month', 'cube_customer', 'dashboards', 'km_1', 'list_1']));
      for (const t of written.manifest.tables) expect(file.prepare(`SELECT count(*) FROM "${t.name}"`).pluck().get()).toBe(t.rows);
      const tables = (file.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[]).filter((n) => n !== 'manifest');
      expect(tables).toEqual(names);
      const stored = JSON.parse(file.prepare("SELECT value FROM manifest WHERE key = 'checksum'").pluck().get() as string) as string;
      expect(stored).toBe(written.manifest.checksum);
      expect(fileChecksum(file, ['manifest', ...names])).toBe(stored);
    } finally {
      file.close();
    }
  });

  it('keeps every cube cell at k customers or more, except the all-Other cells, and the workspace totals', async () => {
    const written = await fx.write('totals.churndash');
    const file = new Database(written.path, { readonly: true });
    const sum = (table: string, column: string) => file.prepare(`SELECT total("${column}") FROM ${table}`).pluck().get() as number;
    try {
      const time = ['month', 'cohort_month', 'period', GROUP_SIZE_COLUMN];
      for (const table of ['cube_customer', 'cube_churn_month', 'cube_cohort_month']) {
        const dims = (file.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]).filter((c) => !c.startsWith('m__') && !time.includes(c));
        expect(dims).toEqual(expect.arrayContaining(['region', 'owner']));
        const small = file.prepare(`SELECT * FROM ${table} WHERE "${GROUP_SIZE_COLUMN}" < 5`).all() as Record<string, unknown>[];
        for (const cell of small) for (const d of dims) expect([OTHER_GROUP, null]).toContain(cell[d]);
        expect(file.prepare(`SELECT count(*) FROM ${table} WHERE "${GROUP_SIZE_COLUMN}" >= 5`).pluck().get()).toBeGreaterThan(0);
      }
      expect(sum('cube_customer', GROUP_SIZE_COLUMN)).toBe(scalar('SELECT count(*) FROM customer_mart'));
      expect(sum('cube_customer', 'm__active_customers')).toBe(scalar("SELECT count(*) FROM customer_mart WHERE lifecycle = 'active'"));
      expect(sum('cube_customer', 'm__at_risk_customers')).toBe(scalar("SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'"));
      expect(sum('cube_customer', 'm__clv_at_risk')).toBeCloseTo(scalar("SELECT total(clv) FROM customer_mart WHERE tier = 'atRisk'"), 4);
      expect(sum('cube_customer', 'm__customers')).toBe(scalar('SELECT count(*) FROM customer_mart'));
      for (const column of ['churned', 'active_at_start', 'returned']) {
        expect(sum('cube_churn_month', `m__${column}`)).toBe(scalar(`SELECT total(${column}) FROM churn_facts_monthly`));
      }
      expect(sum('cube_churn_month', GROUP_SIZE_COLUMN)).toBe(scalar('SELECT total(active_at_start) + total(acquired) FROM churn_facts_monthly'));
      expect(sum('cube_cohort_month', 'm__cohort_customers')).toBe(scalar('SELECT total(customers) FROM cohort_facts_monthly'));
      expect(sum('cube_cohort_month', 'm__cohort_active')).toBe(scalar('SELECT total(active) FROM cohort_facts_monthly'));
      // Months are never merged: every month of the facts is still there.
      expect(file.prepare('SELECT count(DISTINCT month) FROM cube_churn_month').pluck().get()).toBe(scalar('SELECT count(DISTINCT month) FROM churn_facts_monthly'));
      // The list keeps the widget's rows only.
      expect(file.prepare('SELECT count(*) FROM list_1').pluck().get()).toBe(Math.min(50, scalar("SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'")));
    } finally {
      file.close();
    }
  });

  it('with "include detail list" keeps every row matching the list widget', async () => {
    const written = await fx.write('detail.churndash', { includeDetail: true });
    const list = written.manifest.tables.find((t) => t.name === 'list_1');
    expect(list?.rows).toBe(scalar("SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'"));
  });

  it('leaves no file and no temporary file when cancelled', async () => {
    const controller = new AbortController();
    const path = join(fx.dir, 'cancelled.churndash');
    const writing = writeDashboardFile(fx.ws.db, {
      dashboards: [{ name: 'x', spec: templateSpec('cockpit') }],
      kAnonymity: 5,
      includeDetail: false,
      path,
      workspaceName: 'demo',
      appVersion: 'test',
      signal: controller.signal,
      onTable: (_table, done) => {
        if (done === 1) controller.abort();
      },
    });
    await expect(writing).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(fx.dir).filter((f) => f.includes('cancelled'))).toEqual([]);
  });
});
