// What scoring reads of returns (issue 10 §2): recency, frequency, BG/NBD's x and t_x and the
// first order use purchases (completed orders) only; amounts — RFM monetary (amount_365d), the
// amount features, Gamma-Gamma's repeat spend and the mart's total — are net: completed amounts
// plus credit notes' negative amounts. Checked on the hand-made Online Retail file, whose
// figures are worked out by hand below from its lines.
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../electron/import/run-import';
import { loadHistory } from '../../electron/store/scoring/history-load';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { dayOf } from '../../shared/scoring/days';
import { computeFeatures, featureValue, type FeatureFrame } from '../../shared/scoring/features';
import { tempDir } from '../support/temp';

const root = resolve(import.meta.dirname, '../..');
const t = tempDir();
let ws: Workspace;
let frame: FeatureFrame;
let rowOf: (id: string) => number;

beforeAll(async () => {
  const path = join(t.dir, 'r.churn');
  (await openWorkspace(path, { create: true })).close();
  await runImport(path, {
    files: [{ path: resolve(root, 'test/fixtures/import/online-retail-mini.csv'), options: {} }],
    mapping: 'auto',
    mode: 'append',
    settings: { dayFirst: false, decimalComma: false },
  });
  ws = await openWorkspace(path);
  const T = dayOf('2010-12-31');
  const h = loadHistory(ws.db, T, { flagAttribute: null, parallel: false });
  frame = computeFeatures(h, T);
  rowOf = (id) => Array.from(frame.rows).indexOf(h.customers.ids.indexOf(id));
}, 60_000);
afterAll(() => {
  ws?.close();
  t.cleanup();
});

const feature = (id: string, name: Parameters<typeof featureValue>[2]) => featureValue(frame, rowOf(id), name);

describe('returns in scoring', () => {
  it('a credit note is not a purchase: orders and recency count completed orders only', () => {
    // 12472: credit note C536548 on 1 Dec, purchase 536549 on 2 Dec.
    expect(feature('12472', 'orders_365d')).toBe(1);
    expect(feature('12472', 'recency_days')).toBe(29);
    // 14527: credit note C536379 and purchase 536384, both on 1 Dec.
    expect(feature('14527', 'orders_365d')).toBe(1);
    // 17850: two invoices on one day: two orders, one purchase day (BG/NBD x = 0).
    expect(feature('17850', 'orders_365d')).toBe(2);
    expect(frame.x[rowOf('17850')]).toBe(0);
  });

  it('amounts are net: completed amounts plus the negative amounts of returns', () => {
    expect(feature('12472', 'amount_365d')).toBeCloseTo(2 * 7.95 - (2 * 7.95 + 7 * 3.75), 9);
    expect(feature('14527', 'amount_365d')).toBeCloseTo(3 * 6.45 - 27.5, 9);
    expect(feature('15311', 'amount_365d')).toBeCloseTo(36 * 1.06 - 4.65, 9);
    expect(feature('17850', 'amount_365d')).toBeCloseTo(6 * 2.55 + 6 * 3.39 + 8 * 2.75 + 2 * 6 * 1.85, 9);
  });

  it('the mart counts purchases and nets the spend, as the features do', () => {
    const row = (id: string) =>
      ws.db.prepare('SELECT order_count, total_amount, first_order_date FROM customer_mart WHERE customer_id = ?').get(id) as Record<string, number | string>;
    expect(row('12472')).toMatchObject({ order_count: 1, first_order_date: '2010-12-02' });
    expect(row('12472').total_amount as number).toBeCloseTo(feature('12472', 'amount_365d'), 9);
    expect(row('14527').total_amount as number).toBeCloseTo(feature('14527', 'amount_365d'), 9);
  });

  it('a customer whose repeat purchases net below zero has a non-positive repeat spend, which Gamma-Gamma leaves out (clv-scoring.ts: repeatSpend > 0)', () => {
    ws.db.exec(`INSERT INTO orders (order_id, customer_id, order_date, amount, status) VALUES
      ('G1', 'G', '2010-11-01', 100, 'completed'), ('G2', 'G', '2010-11-10', 20, 'completed'), ('G3', 'G', '2010-11-12', -60, 'refunded')`);
    ws.db.exec(`INSERT INTO customers (customer_id) VALUES ('G')`);
    const T = dayOf('2010-12-31');
    const h = loadHistory(ws.db, T, { flagAttribute: null, parallel: false });
    const f = computeFeatures(h, T);
    const r = Array.from(f.rows).indexOf(h.customers.ids.indexOf('G'));
    expect(f.x[r]).toBe(1);
    expect(f.repeatSpend[r]).toBeCloseTo(20 - 60, 9);
  });
});
