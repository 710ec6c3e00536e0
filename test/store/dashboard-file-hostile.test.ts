// Hostile dashboard files: each is refused with its reason before anything in it is trusted, or
// opened with the hostile content shown as data — never executed. Crafted from a good file with
// a writable connection: a view, a trigger, an index, an extra table, a newer format version, a
// missing table, a catalog column named `x; DROP`, a tampered row; SQL and <script> in titles and
// text; huge numbers and a 10 MB string; a zero-byte file and a file that is not SQLite.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileChecksum } from '../../electron/store/dashboard-file/schema';
import { openDashboardFile } from '../../electron/store/dashboard-file/open-file';
import { writeDashboardFile } from '../../electron/store/dashboard-file/write-file';
import { viewerData } from '../../electron/service/dashboard-file/viewer-data';
import { DashboardFiltersSchema } from '../../shared/dashboards/dashboard';
import { templateSpec } from '../../shared/dashboards/templates';
import { dashboardFileFixture, type DashboardFileFixture } from './dashboard-file-fixture';

const DROP = "'); DROP TABLE customer_mart; --";
const SCRIPT = '<script>globalThis.hacked = 1</script><img src=x onerror=alert(1)>';

describe('hostile dashboard files', () => {
  let fx: DashboardFileFixture;
  let good: string;
  let n = 0;
  beforeAll(async () => {
    fx = await dashboardFileFixture(800);
    good = (await fx.write('good.churndash')).path;
  }, 120_000);
  afterAll(() => fx.cleanup());

  /** A copy of the good file changed by `change`, its checksum recomputed when `reseal`. */
  function crafted(change: (db: Database.Database) => void, reseal = false): string {
    const path = join(fx.dir, `crafted-${++n}.churndash`);
    copyFileSync(good, path);
    const db = new Database(path);
    change(db);
    if (reseal) {
      const tables = JSON.parse(db.prepare("SELECT value FROM manifest WHERE key = 'tables'").pluck().get() as string) as { name: string }[];
      const sum = fileChecksum(db, ['manifest', ...tables.map((t) => t.name)]);
      db.prepare("UPDATE manifest SET value = ? WHERE key = 'checksum'").run(JSON.stringify(sum));
    }
    db.close();
    return path;
  }

  const refusal = (path: string) => {
    try {
      openDashboardFile(path).db.close();
    } catch (error) {
      return error as { reason?: string; params?: Record<string, unknown> };
    }
    return null;
  };
  const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

  it('opens the good file', () => {
    expect(refusal(good)).toBeNull();
  });

  it.each([
    ['a view', (db: Database.Database) => db.exec('CREATE VIEW v AS SELECT * FROM cube_customer'), 'unexpectedObject', 'v'],
    ['a trigger', (db: Database.Database) => db.exec('CREATE TRIGGER t AFTER UPDATE ON manifest BEGIN DELETE FROM dashboards; END'), 'unexpectedObject', 't'],
    ['an index', (db: Database.Database) => db.exec('CREATE INDEX i ON cube_customer (region)'), 'unexpectedObject', 'i'],
    ['an extra table', (db: Database.Database) => db.exec('CREATE TABLE secrets (x TEXT)'), 'unexpectedObject', 'secrets'],
    ['a table named like an object property', (db: Database.Database) => db.exec('CREATE TABLE "constructor" ("key" TEXT)'), 'unexpectedObject', 'constructor'],
    ['a data table the manifest does not list', (db: Database.Database) => db.exec('CREATE TABLE list_9 ("x" TEXT)'), 'unexpectedObject', 'list_9'],
    ['a table with a default', (db: Database.Database) => db.exec('CREATE TABLE km_9 ("time" NUMERIC DEFAULT (random()))'), 'unexpectedObject', 'km_9'],
    ['a missing data table', (db: Database.Database) => db.exec('DROP TABLE list_1'), 'missingTable', 'list_1'],
    ['a missing catalog', (db: Database.Database) => db.exec('DROP TABLE catalog'), 'missingTable', 'catalog'],
  ])('refuses %s', (_label, change, code, name) => {
    expect(refusal(crafted(change))).toMatchObject({ reason: 'dashboardFileRefused', params: { code, name } });
  });

  it('refuses a newer format version, even with its checksum recomputed', () => {
    const path = crafted((db) => db.prepare("UPDATE manifest SET value = '2' WHERE key = 'formatVersion'").run(), true);
    expect(refusal(path)).toMatchObject({ reason: 'dashboardFileRefused', params: { code: 'newerFormat', version: 2 } });
  });

  it('refuses a tampered row, a removed row and a changed manifest value', () => {
    expect(refusal(crafted((db) => db.exec('UPDATE cube_customer SET "_customers" = "_customers" + 1 WHERE rowid = 1')))).toMatchObject({ params: { code: 'checksumMismatch' } });
    expect(refusal(crafted((db) => db.exec('DELETE FROM list_1 WHERE rowid = 1')))).toMatchObject({ params: { code: 'checksumMismatch' } });
    expect(refusal(crafted((db) => db.prepare("UPDATE manifest SET value = ? WHERE key = 'kAnonymity'").run('1')))).toMatchObject({ params: { code: 'checksumMismatch' } });
  });

  it('refuses a catalog column that is not an identifier, or names no column, or a measure with a filter', () => {
    const column = crafted((db) => db.exec(`UPDATE catalog SET def = json_set(def, '$.column', 'x; DROP TABLE dashboards') WHERE kind = 'field' AND id = 'region'`), true);
    expect(refusal(column)).toMatchObject({ params: { code: 'invalidManifest' } });
    const absent = crafted((db) => db.exec(`UPDATE catalog SET def = json_set(def, '$.column', 'nope') WHERE kind = 'field' AND id = 'region'`), true);
    expect(refusal(absent)).toMatchObject({ params: { code: 'invalidManifest' } });
    const filtered = crafted(
      (db) => db.exec(`UPDATE catalog SET def = json_set(def, '$.filter', json('{"kind":"condition","field":"region","op":"=","value":"x"}')) WHERE kind = 'measure'`),
      true,
    );
    expect(refusal(filtered)).toMatchObject({ params: { code: 'invalidManifest' } });
  });

  it('refuses a spec that does not parse', () => {
    const path = crafted((db) => db.exec(`UPDATE dashboards SET spec = json_set(spec, '$.widgets[0].kind', 'sql')`), true);
    expect(refusal(path)).toMatchObject({ params: { code: 'invalidSpec' } });
  });

  it('refuses a zero-byte file and a file that is not SQLite', () => {
    const empty = join(fx.dir, 'empty.churndash');
    writeFileSync(empty, '');
    expect(refusal(empty)).toMatchObject({ reason: 'dashboardFileRefused', params: { code: 'notDashboardFile' } });
    const text = join(fx.dir, 'text.churndash');
    writeFileSync(text, 'SELECT * FROM customer_mart; '.repeat(100));
    expect(refusal(text)).toMatchObject({ reason: 'dashboardFileRefused', params: { code: 'notDashboardFile' } });
  });

  it('shows SQL and markup in titles and text as data; the file and the workspace are unchanged', async () => {
    const spec = templateSpec('cockpit');
    const widgets = spec.widgets.map((w) => (w.kind === 'text' ? { ...w, text: `${DROP}${SCRIPT}`, title: DROP } : { ...w, title: SCRIPT }));
    const path = join(fx.dir, 'markup.churndash');
    await writeDashboardFile(fx.ws.db, {
      dashboards: [{ name: DROP, spec: { ...spec, widgets } }],
      kAnonymity: 5,
      includeDetail: false,
      path,
      workspaceName: SCRIPT,
      appVersion: 'test',
    });
    const before = digest(path);
    const workspaceRows = fx.ws.db.prepare('SELECT count(*) FROM customer_mart').pluck().get();
    const file = openDashboardFile(path);
    try {
      expect(file.dashboards[0]?.name).toBe(DROP);
      expect(file.manifest.workspaceName).toBe(SCRIPT);
      const text = file.dashboards[0]?.spec.widgets.find((w) => w.kind === 'text');
      expect(text && 'text' in text ? text.text : null).toBe(`${DROP}${SCRIPT}`);
      const data = viewerData(file, { index: 0, filters: DashboardFiltersSchema.parse({}) });
      expect(data.results.filter((r) => r.status === 'ok').length).toBeGreaterThan(5);
      expect(() => file.db.exec('DELETE FROM dashboards')).toThrow();
    } finally {
      file.db.close();
    }
    expect(digest(path)).toBe(before);
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
    expect(fx.ws.db.prepare('SELECT count(*) FROM customer_mart').pluck().get()).toBe(workspaceRows);
  });

  it('shows huge numbers as null and a 10 MB string as data, without crashing', () => {
    const path = crafted((db) => {
      db.prepare('UPDATE cube_customer SET m__at_risk_customers = 1e308, region = ? WHERE rowid = 1').run('长'.repeat(Math.floor((10 * 1024 * 1024) / 3)));
      db.prepare('UPDATE cube_customer SET m__customers = 9e300 WHERE rowid = 2').run();
    }, true);
    const file = openDashboardFile(path);
    try {
      const data = viewerData(file, { index: 0, filters: DashboardFiltersSchema.parse({}) });
      const atRisk = data.results.find((r) => r.widgetId === 'kpi_at_risk');
      expect(atRisk?.kpi?.value).toBeNull();
      const regions = data.results.find((r) => r.widgetId === 'chart_region');
      expect(regions?.status).not.toBe('error');
      for (const row of regions?.rows ?? []) for (const cell of row) if (typeof cell === 'string') expect(cell.length).toBeLessThanOrEqual(10_000);
      const ring = data.results.find((r) => r.widgetId === 'chart_tiers');
      for (const row of ring?.rows ?? []) for (const cell of row) if (typeof cell === 'number') expect(Math.abs(cell)).toBeLessThanOrEqual(1e15);
    } finally {
      file.db.close();
    }
  });
});
