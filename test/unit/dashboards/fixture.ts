// A small workspace-shaped database for the evaluation tests: the mart, the monthly churn facts
// and the cohort facts (only the columns the base catalog's widgets read), filled from a seeded
// generator, and a QueryRunner over it through compileQuery / compileList, as the service runs.
import Database from 'better-sqlite3';
import { baseCatalog, sourceTables, type Catalog } from '../../../shared/catalog';
import type { QueryRunner } from '../../../shared/dashboards/evaluate';
import type { Cell } from '../../../shared/dashboards/widget-data';
import { compileList, compileQuery, sqliteDialect } from '../../../shared/query';

export const AS_OF = '2023-12-31';
export const REGIONS = ['North', 'South', 'East', 'West'] as const;
const CITIES: Record<string, readonly string[]> = { North: ['N1', 'N2'], South: ['S1', 'S2', 'S3'], East: ['E1'], West: ['W1', 'W2'] };
const TIERS = ['healthy', 'watch', 'atRisk'] as const;
const REASONS = ['recency', 'frequency', 'service', 'price'] as const;
const VALUE_TIERS = ['high', 'medium', 'low'] as const;

/** Park–Miller: the same rows on every run. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

export function openFixture(customers = 400): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE customer_mart (customer_id TEXT PRIMARY KEY, name TEXT, region TEXT, city TEXT, owner TEXT, lifecycle TEXT, tier TEXT,
    clv REAL, health_score REAL, churn_probability REAL, tenure_days INTEGER, churn_date TEXT, top_reason TEXT, value_tier TEXT, segment TEXT)`);
  db.exec(`CREATE TABLE churn_facts_monthly (month TEXT, region TEXT, city TEXT, owner TEXT, industry TEXT, segment TEXT,
    active_at_start INTEGER, churned INTEGER, acquired INTEGER, returned INTEGER)`);
  db.exec(`CREATE TABLE cohort_facts_monthly (cohort_month TEXT, period INTEGER, region TEXT, city TEXT, owner TEXT, industry TEXT, segment TEXT,
    customers INTEGER, active INTEGER)`);
  db.exec('CREATE TABLE segment_list_members (segment_id INTEGER NOT NULL, customer_id TEXT NOT NULL, PRIMARY KEY (segment_id, customer_id)) WITHOUT ROWID');
  const random = seeded(7);
  const insertCustomer = db.prepare('INSERT INTO customer_mart VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (let i = 0; i < customers; i += 1) {
    const region = pick(random, REGIONS);
    const city = pick(random, CITIES[region] ?? []);
    const lifecycle = random() < 0.25 ? 'churned' : random() < 0.1 ? 'prospect' : 'active';
    const churned = lifecycle === 'churned';
    const year = 2021 + Math.floor(random() * 4);
    const churnDate = churned ? `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}` : null;
    insertCustomer.run(
      `C${String(i).padStart(5, '0')}`,
      `Customer ${i}`,
      region,
      city,
      `${city}-owner${1 + Math.floor(random() * 2)}`,
      lifecycle,
      churned ? null : pick(random, TIERS),
      Math.round(random() * 10_000) / 10,
      Math.round(random() * 100),
      Math.round(random() * 1000) / 1000,
      1 + Math.floor(random() * 40) * 30,
      churnDate,
      churned ? null : pick(random, REASONS),
      pick(random, VALUE_TIERS),
      pick(random, ['smb', 'enterprise', 'public']),
    );
  }
  const insertFact = db.prepare('INSERT INTO churn_facts_monthly VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertCohort = db.prepare('INSERT INTO cohort_facts_monthly VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (let m = 0; m < 36; m += 1) {
    const month = `${2021 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    for (const region of REGIONS) {
      for (const city of CITIES[region] ?? []) {
        const active = 50 + Math.floor(random() * 100);
        insertFact.run(month, region, city, `${city}-owner1`, 'retail', 'smb', active, Math.floor(random() * 8), Math.floor(random() * 6), Math.floor(random() * 3));
        for (let period = 0; period < 4; period += 1) {
          const size = 20 + Math.floor(random() * 20);
          insertCohort.run(month, period, region, city, `${city}-owner1`, 'retail', 'smb', size, size - Math.floor(random() * period * 4));
        }
      }
    }
  }
  return db;
}

/** What the workspace service does: compile against the catalog, run on SQLite. */
export function sqliteRunner(db: Database.Database, catalog: Catalog = baseCatalog, asOf = AS_OF): QueryRunner & { calls: number } {
  const runner = {
    calls: 0,
    aggregate(spec: Parameters<QueryRunner['aggregate']>[0]) {
      runner.calls += 1;
      const compiled = compileQuery(spec, {
        resolveField: (id) => catalog.field(spec.source, id),
        resolveMeasure: (id) => catalog.measure(spec.source, id),
        dialect: sqliteDialect,
        asOf,
        table: sourceTables[spec.source],
      });
      const rows = db
        .prepare(compiled.sql)
        .raw(true)
        .all(...compiled.params) as Cell[][];
      return { columns: compiled.columns.map((c) => ({ ...c })), rows };
    },
    list(spec: Parameters<QueryRunner['list']>[0]) {
      runner.calls += 1;
      const compiled = compileList(spec, { resolveField: (id) => catalog.field(spec.source, id), dialect: sqliteDialect, asOf, table: sourceTables[spec.source] });
      const rows = db
        .prepare(compiled.sql)
        .raw(true)
        .all(...compiled.params) as Cell[][];
      return { columns: compiled.columns.map((key) => ({ key, kind: 'field' as const })), rows: rows.slice(0, spec.limit), truncated: rows.length > spec.limit };
    },
  };
  return runner;
}

/** A catalog holding only some of the base catalog's fields and measures (a dashboard file's). */
export function narrowCatalog(keep: { fields: readonly string[]; measures: readonly string[] }): Catalog {
  const fields = baseCatalog.fields.filter((f) => keep.fields.includes(f.id));
  const measures = baseCatalog.measures.filter((m) => keep.measures.includes(m.id));
  return {
    fields,
    measures,
    field: (source, id) => fields.find((f) => f.source === source && f.id === id),
    measure: (source, id) => measures.find((m) => m.source === source && m.id === id),
  };
}
