import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace, generateDemo, type DemoSummary } from '../../electron/demo/generate';
import { monthlyChurn } from '../support/spell-churn-sql';
import { connect, type Db } from '../../electron/store/database';
import { migrate } from '../../electron/store/workspace';
import { isAppError } from '../../shared/contract/errors';
import { lastCompleteMonths } from '../../shared/metrics/months';

const DATA_TABLES = ['customers', 'orders', 'activities', 'tickets', 'surveys', 'market_signals', 'campaigns', 'actions'] as const;
const CUSTOMER_TABLES = ['orders', 'activities', 'tickets', 'surveys', 'market_signals', 'actions'] as const;

let dir: string;
let demoPath: string;
let summary: DemoSummary;
let db: Db;

function memoryWorkspace(): Db {
  const mem = connect(':memory:', { readonly: false, fileMustExist: false });
  migrate(mem);
  return mem;
}

/** Every row of the table in primary-key order (the first column of each canonical table). */
function tableHash(source: Db, table: string): string {
  const hash = createHash('sha256');
  for (const row of source.prepare(`SELECT * FROM ${table} ORDER BY 1`).raw().iterate()) hash.update(JSON.stringify(row));
  return hash.digest('hex');
}

function scalar(sql: string, ...params: unknown[]): number {
  const row = db
    .prepare(sql)
    .raw()
    .get(...params) as [number | null] | undefined;
  return row?.[0] ?? 0;
}

async function expectAppError(promise: Promise<unknown>, code: string): Promise<void> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isAppError(error) ? error.code : error).toBe(code);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'churn-demo-'));
  demoPath = join(dir, 'demo.churn');
  summary = await createDemoWorkspace(demoPath);
  db = connect(demoPath, { readonly: true, fileMustExist: true });
});

afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('demo generator: determinism', () => {
  it('reproduces every table exactly from the same seed and differs for another seed', () => {
    const again = memoryWorkspace();
    const other = memoryWorkspace();
    try {
      generateDemo(again, { seed: summary.seed });
      generateDemo(other, { seed: 7, customers: 5_000 });
      for (const table of DATA_TABLES) expect(tableHash(again, table), table).toBe(tableHash(db, table));
      expect(tableHash(other, 'customers')).not.toBe(tableHash(db, 'customers'));
      expect(tableHash(other, 'orders')).not.toBe(tableHash(db, 'orders'));
    } finally {
      again.close();
      other.close();
    }
  });
});

describe('demo generator: shape', () => {
  it('has at least 5,000 customers and 24 months of orders, and fills every table', () => {
    expect(scalar('SELECT count(*) FROM customers')).toBeGreaterThanOrEqual(5_000);
    expect(scalar(`SELECT count(DISTINCT substr(order_date, 1, 7)) FROM orders`)).toBeGreaterThanOrEqual(24);
    for (const table of DATA_TABLES) expect(scalar(`SELECT count(*) FROM ${table}`), table).toBeGreaterThan(0);
    expect(summary.rows.customers).toBe(scalar('SELECT count(*) FROM customers'));
    expect(summary.rows.orders).toBe(scalar('SELECT count(*) FROM orders'));
  });

  it('references only existing customers', () => {
    for (const table of CUSTOMER_TABLES) {
      const orphans = scalar(`SELECT count(*) FROM ${table} t WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.customer_id = t.customer_id)`);
      expect(orphans, table).toBe(0);
    }
  });

  it('records its provenance', () => {
    const meta = Object.fromEntries(db.prepare('SELECT key, value FROM meta').raw().all() as [string, string][]);
    expect(meta.demo_seed).toBe('20240601');
    expect(meta.demo_generated_with).toContain('"customers":5000');
    expect(scalar(`SELECT count(*) FROM imports WHERE mode = 'demo'`)).toBe(1);
  });

  it('gives explicit cancellers a date and a meaningful Chinese reason', () => {
    expect(scalar(`SELECT count(*) FROM customers WHERE status = 'cancelled' AND (cancel_date IS NULL OR cancel_reason IS NULL)`)).toBe(0);
    const cancelled = scalar(`SELECT count(*) FROM customers WHERE status = 'cancelled'`);
    expect(cancelled).toBeGreaterThan(0.1 * summary.churned);
    expect(cancelled).toBeLessThan(0.6 * summary.churned);
    // A price reason only after living through a price rise: priced-out cancellations follow 2025-04.
    const priceCancels = db.prepare(`SELECT min(cancel_date) FROM customers WHERE cancel_reason IN ('价格太高', '涨价后性价比下降')`).pluck().get() as string;
    expect(priceCancels >= '2025-04-01').toBe(true);
  });
});

describe('demo generator: churn behaves like churn', () => {
  it('runs a monthly implicit churn rate of a few per cent that varies over time, on a base of thousands', () => {
    const months = lastCompleteMonths(summary.endDate, 22);
    const rates = monthlyChurn(db, months, summary.endDate, 90).map((m) => m.churned / m.activeAtStart);
    const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
    expect(mean).toBeGreaterThan(0.02);
    expect(mean).toBeLessThan(0.06);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThan(0.015);
    expect(monthlyChurn(db, months, summary.endDate, 90).every((m) => m.activeAtStart > 2_000)).toBe(true);
  });

  it('shows more complaints, slower replies and more competitor contact before churners stop buying', () => {
    const rows = db
      .prepare(
        `WITH last AS (
           SELECT customer_id, max(order_date) AS last_order FROM orders WHERE status <> 'cancelled' GROUP BY customer_id
         ),
         groups AS (
           SELECT customer_id, last_order, date(last_order, '-90 days') AS from_day,
                  last_order <= date(:end, '-90 days') AS churned
           FROM last
         )
         SELECT g.churned,
                avg(EXISTS (SELECT 1 FROM tickets t WHERE t.customer_id = g.customer_id AND t.kind = 'complaint'
                            AND substr(t.opened_at, 1, 10) BETWEEN g.from_day AND g.last_order)) AS complaint_rate,
                avg(EXISTS (SELECT 1 FROM market_signals s WHERE s.customer_id = g.customer_id
                            AND s.kind IN ('quote_request', 'competitor_visit', 'price_comparison')
                            AND s.signal_date BETWEEN g.from_day AND g.last_order)) AS competitor_rate,
                (SELECT avg((julianday(t.first_response_at) - julianday(t.opened_at)) * 24) FROM tickets t
                   JOIN groups g2 ON g2.customer_id = t.customer_id AND g2.churned = g.churned
                   WHERE substr(t.opened_at, 1, 10) BETWEEN g2.from_day AND g2.last_order) AS reply_hours
         FROM groups g GROUP BY g.churned`,
      )
      .all({ end: summary.endDate }) as { churned: 0 | 1; complaint_rate: number; competitor_rate: number; reply_hours: number }[];
    const churners = rows.find((r) => r.churned === 1);
    const stayers = rows.find((r) => r.churned === 0);
    if (!churners || !stayers) throw new Error('expected both churners and stayers');
    expect(churners.complaint_rate).toBeGreaterThanOrEqual(1.5 * stayers.complaint_rate);
    expect(churners.competitor_rate).toBeGreaterThanOrEqual(1.5 * stayers.competitor_rate);
    expect(churners.reply_hours).toBeGreaterThanOrEqual(1.2 * stayers.reply_hours);
  });

  it('shows activity fading in the months before churners stop buying', () => {
    const ratio = (churned: boolean) =>
      scalar(
        `WITH last AS (
           SELECT customer_id, max(order_date) AS last_order FROM orders WHERE status <> 'cancelled' GROUP BY customer_id
           HAVING (max(order_date) <= date(?, '-90 days')) = ? AND min(order_date) <= date(max(order_date), '-240 days')
         )
         SELECT 1.0 * sum(a.count * (a.activity_date > date(l.last_order, '-60 days')))
                / sum(a.count * (a.activity_date <= date(l.last_order, '-120 days')))
         FROM last l JOIN activities a ON a.customer_id = l.customer_id
         WHERE a.activity_date > date(l.last_order, '-180 days') AND a.activity_date <= l.last_order
           AND a.kind IN ('login', 'app_open')`,
        summary.endDate,
        churned ? 1 : 0,
      );
    expect(ratio(true)).toBeLessThan(0.85 * ratio(false));
  });
});

describe('demo generator: retention campaign', () => {
  it('holds out about 20 % at random and the calls really retain more customers', () => {
    const campaign = db.prepare('SELECT control_share, seed, channel FROM campaigns').get() as {
      control_share: number;
      seed: number | null;
      channel: string;
    };
    expect(campaign.control_share).toBe(0.2);
    expect(campaign.seed).not.toBeNull();
    expect(campaign.channel).toBe('电话');
    const share = scalar(`SELECT avg(grp = 'control') FROM actions`);
    expect(Math.abs(share - 0.2)).toBeLessThan(0.02);
    expect(scalar(`SELECT count(*) FROM actions WHERE grp = 'control' AND cost <> 0`)).toBe(0);
    expect(scalar(`SELECT count(*) FROM actions WHERE outcome NOT IN ('retained', 'churned') OR outcome IS NULL`)).toBe(0);
    const retention = (grp: string) => scalar(`SELECT avg(outcome = 'retained') FROM actions WHERE grp = ?`, grp);
    expect(retention('treatment')).toBeGreaterThan(retention('control'));
  });
});

describe('createDemoWorkspace', () => {
  it('refuses an existing path and leaves the file untouched', async () => {
    const path = join(dir, 'taken.churn');
    writeFileSync(path, 'not mine to overwrite');
    await expectAppError(createDemoWorkspace(path, { customers: 50 }), 'WORKSPACE_EXISTS');
    expect(readFileSync(path, 'utf8')).toBe('not mine to overwrite');
    expect(readdirSync(dir).filter((f) => f.startsWith('taken.churn'))).toEqual(['taken.churn']);
  });

  it('leaves nothing at the path when generation fails', async () => {
    const path = join(dir, 'failed.churn');
    const failing = createDemoWorkspace(path, {
      customers: 50,
      onProgress: (done) => {
        if (done === 3) throw new Error('disk full (simulated)');
      },
    });
    await expect(failing).rejects.toThrow('disk full (simulated)');
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.startsWith('failed.churn'))).toEqual([]);
  });

  it('rejects options outside the supported range', async () => {
    await expectAppError(createDemoWorkspace(join(dir, 'short.churn'), { months: 12 }), 'INVALID_INPUT');
    expect(readdirSync(dir).filter((f) => f.startsWith('short.churn'))).toEqual([]);
  });
});

describe('generateDemo', () => {
  it('refuses a workspace that already holds customers', () => {
    const target = memoryWorkspace();
    try {
      target.prepare(`INSERT INTO customers (customer_id) VALUES ('X1')`).run();
      expect(() => generateDemo(target, { customers: 20 })).toThrow(/empty workspace/);
    } finally {
      target.close();
    }
  });
});
