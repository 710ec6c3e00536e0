// Line-level rows grouped into orders the way the importer does it in SQL
// (electron/import/writer/order-lines.ts): for the preview of a line-level mapping, and as the
// reference the import is tested against. Pure: converted with the import's own field rules.
import { canonicalTables, type CanonicalField } from '../domain/canonical-tables';
import type { RawValue } from './convert';
import { convertField, type FieldSettings } from './field-value';
import { netAmount, type OrderStatus } from '../domain/order-net';
import { isCancellationNumber, numbersInvoicesWithDigits, returnStatus } from './returns';

export interface LineOrder {
  orderId: string;
  customerId: string;
  orderDate: string;
  lines: number;
  /** Null when no line has a total or a quantity and unit price. */
  amount: number | null;
  quantity: number | null;
  status: OrderStatus;
}

export interface LineOrdersSummary {
  lines: number;
  orders: number;
  /** Σ net amounts (shared/domain/order-net.ts netAmount). */
  total: number;
  refunded: number;
  cancelled: number;
}

const DECIMALS = 1e6;
const round = (x: number): number => Math.round(x * DECIMALS) / DECIMALS;

/** A line's total from its quantity and unit price: 2.55 × 6 is 15.3, not 15.299999999999999. */
export function lineTotal(quantity: number, unitPrice: number): number {
  return round(quantity * unitPrice);
}

interface Line {
  customerId: string;
  orderDate: string;
  amount: number | null;
  quantity: number | null;
  status: OrderStatus;
}

/** The orders the rows make, in first-seen order; rows without an order key, customer or date are left out (the import rejects them). */
export function groupLines(
  columns: readonly string[],
  rows: readonly (readonly RawValue[])[],
  fields: readonly { field: string; column: string }[],
  settings: FieldSettings = {},
): LineOrder[] {
  const spec = canonicalTables.order_lines.fields as readonly CanonicalField[];
  const at = (name: string): { index: number; spec: CanonicalField } | null => {
    const m = fields.find((f) => f.field === name);
    const s = spec.find((f) => f.name === name);
    const index = m ? columns.indexOf(m.column) : -1;
    return s && index >= 0 ? { index, spec: s } : null;
  };
  const slots = {
    id: at('order_id'),
    customer: at('customer_id'),
    date: at('order_date'),
    qty: at('quantity'),
    price: at('unit_price'),
    amount: at('amount'),
    status: at('status'),
  };
  const get = (row: readonly RawValue[], slot: { index: number; spec: CanonicalField } | null): string | number | null => {
    if (!slot) return null;
    const res = convertField(row[slot.index] ?? null, slot.spec, settings);
    return res.ok ? res.value : null;
  };
  const num = (v: string | number | null): number | null => (typeof v === 'number' ? v : null);
  const digits = slots.id ? numbersInvoicesWithDigits(rows.map((r) => r[slots.id?.index ?? -1] ?? null)) : false;
  const byOrder = new Map<string, Line[]>();
  for (const row of rows) {
    const id = get(row, slots.id);
    const customer = get(row, slots.customer);
    const date = get(row, slots.date);
    if (id === null || customer === null || date === null) continue;
    const quantity = num(get(row, slots.qty));
    const price = num(get(row, slots.price));
    const total = num(get(row, slots.amount));
    const amount = total ?? (quantity !== null && price !== null ? lineTotal(quantity, price) : null);
    const stated = get(row, slots.status);
    const status = returnStatus(typeof stated === 'string' ? stated : null, amount, quantity, digits && isCancellationNumber(String(id)));
    const key = String(id);
    const list = byOrder.get(key) ?? [];
    if (!list.length) byOrder.set(key, list);
    list.push({ customerId: String(customer), orderDate: String(date), amount, quantity, status });
  }
  return [...byOrder].map(([orderId, lines]) => orderOf(orderId, lines));
}

function sum(values: readonly (number | null)[]): number | null {
  let s: number | null = null;
  for (const v of values) if (v !== null) s = (s ?? 0) + v;
  return s;
}

/**
 * An order's amount and status from its lines (the same rules as the SQL): with a completed line,
 * the net of its lines (a credit line subtracts, a returned or cancelled line adds nothing) and
 * refunded when that is negative; with only returns, their sum, refunded; else cancelled.
 */
function orderOf(orderId: string, lines: readonly Line[]): LineOrder {
  const completed = lines.some((l) => l.status === 'completed');
  const refunded = lines.filter((l) => l.status === 'refunded');
  const total = completed
    ? sum(lines.map((l) => (l.amount === null || l.status === 'cancelled' ? null : netAmount(l.status, l.amount))))
    : sum((refunded.length ? refunded : lines).map((l) => l.amount));
  const amount = total === null ? null : round(total);
  const status: OrderStatus = completed ? (amount !== null && amount < 0 ? 'refunded' : 'completed') : refunded.length ? 'refunded' : 'cancelled';
  return {
    orderId,
    customerId: (lines[0] as Line).customerId,
    orderDate: lines.reduce((min, l) => (l.orderDate < min ? l.orderDate : min), (lines[0] as Line).orderDate),
    lines: lines.length,
    amount,
    quantity: sum(lines.map((l) => l.quantity)),
    status,
  };
}

export function summariseLineOrders(orders: readonly LineOrder[]): LineOrdersSummary {
  let total = 0;
  let lines = 0;
  for (const o of orders) {
    total += netAmount(o.status, o.amount ?? 0);
    lines += o.lines;
  }
  return {
    lines,
    orders: orders.length,
    total: round(total),
    refunded: orders.filter((o) => o.status === 'refunded').length,
    cancelled: orders.filter((o) => o.status === 'cancelled').length,
  };
}
