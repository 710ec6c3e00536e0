// Turns source rows into canonical rows for one table plan, in our own code: typed conversion
// per field, generated keys, NOT NULL defaults, unmapped columns into `attributes`. A row with
// any unconvertible or missing required value is rejected whole, and every failing cell is
// reported with its location — never dropped silently. Runs in the parsing worker.
import { canonicalTables, type CanonicalField, type CanonicalTableName } from '../../shared/domain/canonical-tables';
import type { RejectReason } from '../../shared/contract/domains/import-rejects';
import type { ConvertedValue, RawValue } from '../../shared/import/convert';
import { convertField, type FieldSettings } from '../../shared/import/field-value';
import { stableHash } from '../../shared/import/hash';
import { invalidValue, requiredEmpty } from '../../shared/import/reject-reasons';
import { isCancellationNumber, returnStatus } from '../../shared/import/returns';
import { lineTotal } from '../../shared/import/line-orders';
import { CAST, CONSTANT, fieldShortcut, ISO_DATE, ISO_DATETIME, SAME, SLOW, type FieldShortcut } from './fast-convert';
import type { TablePlan } from './plan';
import type { SourceRow } from './readers';

export interface RejectedCell {
  row: number;
  column: string | null;
  value: string | null;
  reason: RejectReason;
}

export interface MappedBatch {
  /** dbColumns.length: accepted row k holds its value for dbColumn c at values[k * width + c]. */
  width: number;
  /** Accepted rows, flat (one array per batch, not one per row: less allocation, cheaper cloning). `undefined` = the raw value at primaryIndex (saves copying). */
  values: (ConvertedValue | undefined)[];
  /** Index in the source batch of each accepted row. */
  indexes: number[];
  rejects: RejectedCell[];
  rejectedRows: number;
  /**
   * Set when each column follows, for every accepted row, in one way from its source cell or is
   * one value (the derivations of fast-convert.ts): the writer then copies the accepted rows from
   * the raw table inside SQLite, and `values` is left empty.
   */
  derived: DerivedColumns | null;
  /** Order lines: the order keys of the accepted rows, consecutive repeats dropped (the writer rebuilds those orders from their lines). */
  orderIds?: string[];
  /** Order lines: per orderIds entry, the highest line number among those rows. */
  lineNumbers?: number[];
  /** Orders and lines: accepted rows stored as returns or cancellations. */
  refunded?: number;
  cancelled?: number;
}

/** How each dbColumn follows from the batch's raw rows (see MappedBatch.derived). */
export interface DerivedColumns {
  /** Per dbColumn: one derivation (SAME, CAST, ISO_DATETIME, ISO_DATE) of the source column primaryIndex[c], or CONSTANT. */
  kinds: number[];
  /** Per dbColumn: the value of a CONSTANT column (null otherwise). */
  constants: ConvertedValue[];
}

const FROM_CELL = SAME | CAST | ISO_DATETIME | ISO_DATE;
/** Preferred first: the cheapest SQL. */
const PREFERENCE = [SAME, CAST, ISO_DATE, ISO_DATETIME, CONSTANT];

/** Defaults of the schema's NOT NULL columns (001-initial.ts), used when a mapped cell is empty. */
const NOT_NULL_DEFAULTS: Readonly<Record<string, Readonly<Record<string, string | number>>>> = {
  customers: { status: 'active' },
  orders: { status: 'completed' },
  activities: { kind: 'activity', count: 1 },
};

/** Fields hashed into a generated key: the same business row gets the same key next month. */
const KEY_PARTS: Readonly<Record<string, readonly string[]>> = {
  order_id: ['customer_id', 'order_date', 'amount'],
  ticket_id: ['customer_id', 'opened_at', 'kind'],
};

const MAX_REPORTED_VALUE = 200;

function show(raw: RawValue | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  if (raw instanceof Uint8Array) return `0x${Buffer.from(raw.subarray(0, 32)).toString('hex')}${raw.length > 32 ? '…' : ''}`;
  const s = String(raw);
  return s.length > MAX_REPORTED_VALUE ? `${s.slice(0, MAX_REPORTED_VALUE)}…` : s;
}

/** A converted number in a row's slot (-1: the column is not written), else null. */
function numberAt(actual: readonly ConvertedValue[], slot: number): number | null {
  const v = slot >= 0 ? actual[slot] : null;
  return typeof v === 'number' ? v : null;
}

export interface PrimarySource {
  /** For each dbColumn, the source value index whose unchanged value `undefined` stands for (-1: none). */
  primaryIndex: number[];
}

export function primarySources(plan: TablePlan): PrimarySource {
  if (plan.target === 'raw') return { primaryIndex: [] };
  const spec = canonicalTables[plan.target].fields as readonly CanonicalField[];
  return {
    primaryIndex: plan.dbColumns.map((col) => {
      const first = plan.fields.find((m) => {
        const f = spec.find((s) => s.name === m.field);
        return (f?.writes ?? f?.name) === col;
      });
      return first ? first.index : -1;
    }),
  };
}

export class RowMapper {
  private readonly fields: { spec: CanonicalField; column: string; index: number; slot: number; primary: boolean; fast: FieldShortcut }[];
  private readonly slotOf: Map<string, number>;
  private readonly attributeColumns: { name: string; index: number }[];
  private readonly required: { slot: number; column: string; reason: RejectReason }[];
  private readonly target: CanonicalTableName;
  private readonly defaults: { slot: number; value: string | number }[];
  private readonly attrSlot: number;
  /** Occurrences of each generated key within the import, so identical rows stay distinct. */
  private readonly seen: Map<string, number>;
  /** Per-row scratch, reused: allocating two arrays per row showed up as GC time in the worker. */
  private readonly row: (ConvertedValue | undefined)[];
  private readonly actual: ConvertedValue[];
  /** Per dbColumn: the source column whose cell it copies or casts, or -1. */
  private readonly primary: number[];
  /** Per row: how each dbColumn's value follows from its primary cell, when a shortcut converted it. */
  private readonly cellBits: Uint8Array;
  /** Per batch: the derivations that still describe each dbColumn. */
  private readonly can: Uint8Array;
  private readonly constants: (ConvertedValue | undefined)[];
  /** Orders and lines: where the status and the values that make a row a return sit (-1: not written). */
  private readonly returns: { status: number; amount: number; quantity: number; orderId: number; lineNo: number; unitPrice: number } | null;

  constructor(
    private readonly plan: TablePlan,
    columns: readonly string[],
    private readonly settings: FieldSettings,
    seen: Map<string, number>,
  ) {
    this.seen = seen;
    const target = plan.target;
    if (target === 'raw') throw new Error('raw tables need no row mapper');
    this.target = target;
    const spec = canonicalTables[target].fields as readonly CanonicalField[];
    this.slotOf = new Map(plan.dbColumns.map((c, i) => [c, i]));
    const primary = primarySources(plan).primaryIndex;
    this.fields = plan.fields.map((m) => {
      const s = spec.find((x) => x.name === m.field);
      if (!s) throw new Error(`unknown field ${m.field}`);
      const slot = this.slotOf.get(s.writes ?? s.name) ?? -1;
      return { spec: s, column: m.column, index: m.index, slot, primary: primary[slot] === m.index, fast: fieldShortcut(s, settings) };
    });
    this.primary = plan.dbColumns.map((_, c) => primary[c] ?? -1);
    const mapped = new Set(plan.fields.map((m) => m.index));
    this.attributeColumns = columns.map((name, index) => ({ name, index })).filter((c) => !mapped.has(c.index));
    this.required = spec
      .filter((f) => f.required && !f.writes && !plan.generated.includes(f.name))
      .map((f) => {
        const column = plan.fields.find((m) => m.field === f.name)?.column ?? f.name;
        return { slot: this.slotOf.get(f.name) ?? -1, column, reason: requiredEmpty(target, f, column) };
      });
    this.defaults = Object.entries(NOT_NULL_DEFAULTS[target] ?? {})
      .filter(([col]) => this.slotOf.has(col))
      .map(([col, value]) => ({ slot: this.slotOf.get(col) ?? -1, value }));
    this.attrSlot = this.slotOf.get('attributes') ?? -1;
    this.row = new Array<ConvertedValue | undefined>(plan.dbColumns.length).fill(null);
    this.actual = new Array<ConvertedValue>(plan.dbColumns.length).fill(null);
    this.cellBits = new Uint8Array(plan.dbColumns.length);
    this.can = new Uint8Array(plan.dbColumns.length);
    this.constants = new Array<ConvertedValue | undefined>(plan.dbColumns.length);
    const slot = (c: string): number => this.slotOf.get(c) ?? -1;
    this.returns =
      target === 'orders' || target === 'order_lines'
        ? { status: slot('status'), amount: slot('amount'), quantity: slot('quantity'), orderId: slot('order_id'), lineNo: slot('line_no'), unitPrice: slot('unit_price') }
        : null;
  }

  map(batch: readonly SourceRow[]): MappedBatch {
    const width = this.plan.dbColumns.length;
    const out: MappedBatch = { width, values: [], indexes: [], rejects: [], rejectedRows: 0, derived: null };
    const { row, actual, cellBits, can, constants, primary, fields } = this;
    for (let c = 0; c < width; c++) can[c] = primary[c] !== -1 ? FROM_CELL : CONSTANT;
    constants.fill(undefined);
    for (let b = 0; b < batch.length; b++) {
      const src = batch[b] as SourceRow;
      const values = src.values;
      row.fill(null);
      actual.fill(null);
      cellBits.fill(0);
      let bad = false;
      for (let k = 0; k < fields.length; k++) {
        const f = fields[k] as (typeof fields)[number];
        const raw = values[f.index] ?? null;
        if (raw === null) continue;
        let value = f.fast.convert(raw);
        let bits = 0;
        if (value === SLOW) {
          const res = convertField(raw, f.spec, this.settings);
          if (!res.ok) {
            out.rejects.push({ row: src.lineage.row, column: f.column, value: show(raw), reason: invalidValue(this.target, f.spec.name, f.column, res.expected) });
            bad = true;
            continue;
          }
          value = res.value;
        } else {
          bits = f.fast.bits;
        }
        if (value === null || actual[f.slot] !== null) continue;
        actual[f.slot] = value;
        row[f.slot] = f.primary && value === raw ? undefined : value;
        if (f.primary) cellBits[f.slot] = bits;
      }
      if (bad) {
        out.rejectedRows++;
        continue;
      }
      for (const r of this.required) {
        if (actual[r.slot] === null) {
          out.rejects.push({ row: src.lineage.row, column: r.column, value: null, reason: r.reason });
          bad = true;
        }
      }
      if (bad) {
        out.rejectedRows++;
        continue;
      }
      for (const d of this.defaults) {
        if (actual[d.slot] === null) row[d.slot] = actual[d.slot] = d.value;
      }
      for (const g of this.plan.generated) {
        const slot = this.slotOf.get(g) ?? -1;
        row[slot] = actual[slot] = this.generateKey(g, actual, src);
      }
      if (this.returns) this.markReturn(out, actual, row, cellBits);
      if (this.attrSlot >= 0) row[this.attrSlot] = this.attributes(src);
      for (let c = 0; c < width; c++) {
        const v = row[c];
        out.values.push(v);
        const bits = can[c] as number;
        if (bits === 0) continue;
        const p = primary[c] as number;
        if (p === -1) {
          const first = constants[c];
          if (first === undefined) constants[c] = v;
          else if (first !== v) can[c] = 0;
        } else if (v === undefined) {
          can[c] = bits & (SAME | (cellBits[c] as number));
        } else if (v !== null || (values[p] ?? null) !== null) {
          // (A null value from a null cell is what every derivation gives.)
          can[c] = bits & (cellBits[c] as number);
        }
      }
      out.indexes.push(b);
    }
    if (out.indexes.length > 0 && can.every((bits) => bits !== 0)) {
      const kinds = Array.from(can, (bits) => PREFERENCE.find((kind) => bits & kind) ?? CONSTANT);
      out.derived = { kinds, constants: kinds.map((k, c) => (k === CONSTANT ? (constants[c] ?? null) : null)) };
      out.values = [];
    }
    return out;
  }

  /** Sets a return's or cancellation's status (shared/import/returns.ts) and counts it; notes a line's order. */
  private markReturn(out: MappedBatch, actual: ConvertedValue[], row: (ConvertedValue | undefined)[], cellBits: Uint8Array): void {
    const r = this.returns as NonNullable<RowMapper['returns']>;
    const quantity = numberAt(actual, r.quantity);
    const price = numberAt(actual, r.unitPrice);
    if (r.amount >= 0 && actual[r.amount] === null && quantity !== null && price !== null) {
      // A line without a total: quantity × unit price, rounded as shared/import/line-orders.ts does.
      row[r.amount] = actual[r.amount] = lineTotal(quantity, price);
      cellBits[r.amount] = 0;
    }
    const id = r.orderId >= 0 ? actual[r.orderId] : null;
    const stated = r.status >= 0 ? actual[r.status] : null;
    const cancellation = this.plan.cancellationPrefix && typeof id === 'string' && isCancellationNumber(id);
    const status = returnStatus(typeof stated === 'string' ? stated : null, numberAt(actual, r.amount), quantity, cancellation);
    if (r.status >= 0 && status !== stated) {
      row[r.status] = actual[r.status] = status;
      // No longer the source cell's own value: the batch cannot be copied from the raw rows for this column.
      cellBits[r.status] = 0;
    }
    if (status === 'refunded') out.refunded = (out.refunded ?? 0) + 1;
    else if (status === 'cancelled') out.cancelled = (out.cancelled ?? 0) + 1;
    if (this.plan.target === 'order_lines' && typeof id === 'string') {
      const ids = (out.orderIds ??= []);
      const numbers = (out.lineNumbers ??= []);
      const lineNo = numberAt(actual, r.lineNo) ?? 0;
      const last = ids.length - 1;
      if (ids[last] === id) numbers[last] = Math.max(numbers[last] ?? 0, lineNo);
      else {
        ids.push(id);
        numbers.push(lineNo);
      }
    }
  }

  private generateKey(field: string, actual: ConvertedValue[], src: SourceRow): string | number {
    if (field === 'line_no') return this.lineNumber(actual);
    const parts = KEY_PARTS[field];
    if (!parts) return `${this.plan.table}#${src.lineage.row}`;
    const base = stableHash(JSON.stringify(parts.map((p) => actual[this.slotOf.get(p) ?? -1] ?? null)));
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? `h${base}` : `h${base}-${n}`;
  }

  /**
   * A line's number within its order, counted over the whole import in source order: the same
   * export gives the same (order, line) keys next time, so an upsert updates instead of adding.
   */
  private lineNumber(actual: ConvertedValue[]): number {
    const id = actual[this.slotOf.get('order_id') ?? -1];
    const key = `line\u0000${String(id)}`;
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    return n;
  }

  private attributes(src: SourceRow): string | null {
    let obj: Record<string, unknown> | null = null;
    for (const c of this.attributeColumns) {
      const v = src.values[c.index];
      if (v === null || v === undefined || v === '') continue;
      obj ??= Object.create(null) as Record<string, unknown>;
      obj[c.name] = v instanceof Uint8Array ? show(v) : v;
    }
    if (src.extra?.some((v) => v !== null && v !== '')) {
      obj ??= Object.create(null) as Record<string, unknown>;
      obj._extra = src.extra.map((v) => (v instanceof Uint8Array ? show(v) : v));
    }
    return obj ? JSON.stringify(obj) : null;
  }
}
