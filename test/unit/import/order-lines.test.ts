// Line-level exports (issue 10 §1–2): detection of one row per order line in the mapping
// suggestion, grouping lines into orders (amount = Σ line totals or Σ quantity × unit price),
// and returns — cancellation numbers, negative quantities or amounts, status words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLineLevel, suggestMapping } from '../../../shared/import/mapping';
import { groupLines, summariseLineOrders } from '../../../shared/import/line-orders';
import { netAmount } from '../../../shared/domain/order-net';
import { isCancellationNumber, numbersInvoicesWithDigits, returnStatus } from '../../../shared/import/returns';
import { repoRoot } from './helpers';

/** A plain CSV reader for the fixtures (no quoted commas in them). */
export function readCsv(path: string): { columns: string[]; rows: string[][] } {
  const [head, ...rest] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  return { columns: (head ?? '').split(','), rows: rest.map((l) => l.split(',')) };
}

const fixture = (name: string) => readCsv(resolve(repoRoot, 'test/fixtures/import', name));
const fields = (s: ReturnType<typeof suggestMapping>): Record<string, string> => Object.fromEntries(s.fields.map((f) => [f.field, f.column]));

describe('line-level detection', () => {
  it('an Online Retail export (InvoiceNo repeats with other StockCodes) is order lines grouped by InvoiceNo', () => {
    const { columns, rows } = fixture('online-retail-mini.csv');
    const s = suggestMapping({ name: 'online-retail', columns, samples: rows });
    expect(s.target).toBe('order_lines');
    expect(fields(s)).toMatchObject({
      order_id: 'InvoiceNo',
      sku: 'StockCode',
      product: 'Description',
      quantity: 'Quantity',
      unit_price: 'UnitPrice',
      customer_id: 'CustomerID',
      order_date: 'InvoiceDate',
    });
    // The unit price is never taken as an amount.
    expect(fields(s).amount).toBeUndefined();
    expect(s.alternatives.map((a) => a.target)).toContain('orders');
  });

  it('a Chinese line export: 单据号 groups, 小计 is the line total, 单价 the unit price', () => {
    const { columns, rows } = fixture('order-lines-zh.csv');
    const s = suggestMapping({ name: '销售明细', columns, samples: rows });
    expect(s.target).toBe('order_lines');
    expect(fields(s)).toMatchObject({
      order_id: '单据号',
      sku: '商品编码',
      product: '商品名称',
      category: '品类',
      quantity: '数量',
      unit_price: '单价',
      amount: '小计',
      customer_id: '客户编号',
    });
  });

  it('an order-level file whose key repeats with the same product and quantity stays orders (the duplicate is a reject)', () => {
    const { columns, rows } = fixture('orders-true-duplicate.csv');
    const s = suggestMapping({ name: 'orders', columns, samples: rows });
    expect(s.target).toBe('orders');
    expect(isLineLevel({ name: 'orders', columns, samples: rows }, s.fields)).toBe(false);
  });

  it('needs a repeat with a different product, SKU or quantity', () => {
    const columns = ['Order ID', 'Product', 'Qty'];
    const shape = (samples: string[][]) => ({ name: 'x', columns, samples });
    const mapping = [
      { field: 'order_id', column: 'Order ID' },
      { field: 'product', column: 'Product' },
      { field: 'quantity', column: 'Qty' },
    ];
    expect(
      isLineLevel(
        shape([
          ['1', 'a', '1'],
          ['2', 'a', '1'],
        ]),
        mapping,
      ),
    ).toBe(false);
    expect(
      isLineLevel(
        shape([
          ['1', 'a', '1'],
          ['1', 'a', '1'],
        ]),
        mapping,
      ),
    ).toBe(false);
    expect(
      isLineLevel(
        shape([
          ['1', 'a', '1'],
          ['1', 'a', '2'],
        ]),
        mapping,
      ),
    ).toBe(true);
    expect(
      isLineLevel(
        shape([
          ['1', 'a', '1'],
          ['1', 'b', '1'],
        ]),
        mapping,
      ),
    ).toBe(true);
    expect(
      isLineLevel(
        shape([
          ['1', 'a', '1'],
          ['1', 'b', '1'],
        ]),
        mapping.slice(0, 1),
      ),
    ).toBe(false);
  });
});

describe('returns', () => {
  it('a C before the digits is a cancellation only where invoices are numbered with digits', () => {
    expect(numbersInvoicesWithDigits(['536365', 536366, 'C536379'])).toBe(true);
    expect(numbersInvoicesWithDigits(['C1001', 'C1002', 'C1003'])).toBe(false);
    expect(numbersInvoicesWithDigits(['CA-2016-152156'])).toBe(false);
    expect(isCancellationNumber('C536379')).toBe(true);
    expect(isCancellationNumber('CA-2016-152156')).toBe(false);
  });

  it('status: words win, negatives refund, a cancellation number without negatives cancels', () => {
    expect(returnStatus(null, 10, 1, false)).toBe('completed');
    expect(returnStatus('completed', -10, 1, false)).toBe('refunded');
    expect(returnStatus(null, 10, -1, false)).toBe('refunded');
    expect(returnStatus(null, 10, 1, true)).toBe('cancelled');
    expect(returnStatus(null, -10, -1, true)).toBe('refunded');
    expect(returnStatus('cancelled', -10, null, false)).toBe('cancelled');
    expect(returnStatus('refunded', 10, 1, false)).toBe('refunded');
  });

  it('net amount: completed counts, a credit note subtracts, a refunded purchase and a cancellation add nothing', () => {
    expect(netAmount('completed', 12)).toBe(12);
    expect(netAmount('refunded', -5)).toBe(-5);
    expect(netAmount('refunded', 5)).toBe(0);
    expect(netAmount('cancelled', 7)).toBe(0);
  });
});

describe('grouping lines into orders', () => {
  it('Online Retail: Σ quantity × unit price per invoice; C-invoices are refunds with negative amounts; guests are left out', () => {
    const { columns, rows } = fixture('online-retail-mini.csv');
    const s = suggestMapping({ name: 'online-retail', columns, samples: rows });
    const orders = groupLines(columns, rows, s.fields);
    const by = new Map(orders.map((o) => [o.orderId, o]));
    // Computed by hand from the fixture's lines.
    expect(by.get('536365')).toMatchObject({ customerId: '17850', lines: 3, quantity: 20, status: 'completed' });
    expect(by.get('536365')?.amount).toBeCloseTo(6 * 2.55 + 6 * 3.39 + 8 * 2.75, 9);
    expect(by.get('536370')).toMatchObject({ lines: 3, quantity: 39, status: 'completed' });
    expect(by.get('536370')?.amount).toBeCloseTo(24 * 3.75 + 12 * 3.75 + 3 * 18, 9);
    expect(by.get('C536379')).toMatchObject({ status: 'refunded', amount: -27.5 });
    expect(by.get('C536548')).toMatchObject({ status: 'refunded', lines: 2, quantity: -9 });
    expect(by.get('C536548')?.amount).toBeCloseTo(-2 * 7.95 - 7 * 3.75, 9);
    expect(by.has('536414')).toBe(false);
    expect(by.has('536544')).toBe(false);
    const summary = summariseLineOrders(orders);
    expect(summary).toMatchObject({ lines: 17, orders: 10, refunded: 3, cancelled: 0 });
    const expected = rows.filter((r) => r[6] !== '').reduce((a, r) => a + Number(r[3]) * Number(r[5]), 0);
    expect(summary.total).toBeCloseTo(expected, 6);
  });

  it('status words: an order all 退款 is refunded (adds nothing), 已取消 cancelled, a 退货 line of a paid order leaves its amount out', () => {
    const { columns, rows } = fixture('order-lines-zh.csv');
    const s = suggestMapping({ name: '销售明细', columns, samples: rows });
    const by = new Map(groupLines(columns, rows, s.fields).map((o) => [o.orderId, o]));
    expect(by.get('SO-1001')).toMatchObject({ amount: 144.8, quantity: 3, status: 'completed' });
    expect(by.get('SO-1003')).toMatchObject({ amount: 89.9, status: 'refunded' });
    expect(by.get('SO-1004')).toMatchObject({ amount: 199, status: 'cancelled' });
    // The returned item's money went back: the order nets the kept line only.
    expect(by.get('SO-1005')).toMatchObject({ status: 'completed', amount: 50, quantity: 3 });
    expect(summariseLineOrders([...by.values()])).toMatchObject({ lines: 8, orders: 5, refunded: 1, cancelled: 1 });
    expect(summariseLineOrders([...by.values()]).total).toBeCloseTo(144.8 + 299 + 50, 9);
  });
});
