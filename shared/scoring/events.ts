// Per-customer event lists in compressed-row form: the events of customer i are rows
// offsets[i] … offsets[i+1]−1, sorted by day. One scan of each fact table fills them; any
// as-of date's features are then computed by walking each customer's rows up to that day.

export interface Events {
  readonly offsets: Uint32Array;
  readonly day: Int32Array;
  /** Per-event value columns (meaning fixed by the table, see history.ts). */
  readonly cols: readonly Float64Array[];
}

/** Rows collected by another thread, handed over as transferable typed arrays. */
export interface EventParts {
  readonly length: number;
  readonly cust: Int32Array;
  readonly day: Int32Array;
  readonly cols: Float64Array[];
}

/** Collects (customer, day, values…) rows in scan order and builds sorted `Events`. */
export class EventBuilder {
  #cust: Int32Array;
  #day: Int32Array;
  #cols: Float64Array[];
  #length = 0;

  constructor(
    readonly columns: number,
    capacity = 4096,
  ) {
    this.#cust = new Int32Array(capacity);
    this.#day = new Int32Array(capacity);
    this.#cols = Array.from({ length: columns }, () => new Float64Array(capacity));
  }

  get length(): number {
    return this.#length;
  }

  push(customer: number, day: number, v0 = 0, v1 = 0, v2 = 0, v3 = 0): void {
    if (this.#length === this.#cust.length) this.#grow();
    const i = this.#length++;
    this.#cust[i] = customer;
    this.#day[i] = day;
    const c = this.#cols;
    if (c.length > 0) c[0]![i] = v0;
    if (c.length > 1) c[1]![i] = v1;
    if (c.length > 2) c[2]![i] = v2;
    if (c.length > 3) c[3]![i] = v3;
  }

  /** The collected rows (the builder is emptied); arrays may be longer than `length`. */
  take(): EventParts {
    const parts = { length: this.#length, cust: this.#cust, day: this.#day, cols: this.#cols };
    this.#cust = new Int32Array(0);
    this.#day = new Int32Array(0);
    this.#cols = this.#cols.map(() => new Float64Array(0));
    this.#length = 0;
    return parts;
  }

  #grow(): void {
    const size = Math.max(this.#cust.length * 2, 1024);
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.#cust = grow(this.#cust, (n) => new Int32Array(n));
    this.#day = grow(this.#day, (n) => new Int32Array(n));
    this.#cols = this.#cols.map((c) => grow(c, (n) => new Float64Array(n)));
  }

  /**
   * Counting sort by customer (stable, so scan order survives), then insertion sort by day
   * inside each customer: fact tables are mostly appended in date order, so this is ~linear.
   */
  build(customers: number, more: readonly EventParts[] = []): Events {
    // Rows collected elsewhere follow this builder's rows, read in place (no append copy).
    const sources: EventParts[] = [{ length: this.#length, cust: this.#cust, day: this.#day, cols: this.#cols }, ...more];
    const n = sources.reduce((sum, s) => sum + s.length, 0);
    const offsets = new Uint32Array(customers + 1);
    for (const s of sources) for (let i = 0; i < s.length; i++) offsets[s.cust[i]! + 1]!++;
    for (let c = 0; c < customers; c++) offsets[c + 1] = offsets[c + 1]! + offsets[c]!;
    const next = offsets.slice(0, customers);
    const day = new Int32Array(n);
    const cols = this.#cols.map(() => new Float64Array(n));
    for (const s of sources) {
      for (let i = 0; i < s.length; i++) {
        const at = next[s.cust[i]!]!++;
        day[at] = s.day[i]!;
        for (let k = 0; k < cols.length; k++) cols[k]![at] = s.cols[k]![i]!;
      }
    }
    for (let c = 0; c < customers; c++) sortSegment(day, cols, offsets[c]!, offsets[c + 1]!);
    this.#cust = new Int32Array(0);
    this.#day = new Int32Array(0);
    this.#cols = [];
    return { offsets, day, cols };
  }
}

function sortSegment(day: Int32Array, cols: Float64Array[], from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const d = day[i]!;
    if (d >= day[i - 1]!) continue;
    const vals = cols.map((c) => c[i]!);
    let j = i - 1;
    while (j >= from && day[j]! > d) {
      day[j + 1] = day[j]!;
      for (let k = 0; k < cols.length; k++) cols[k]![j + 1] = cols[k]![j]!;
      j--;
    }
    day[j + 1] = d;
    for (let k = 0; k < cols.length; k++) cols[k]![j + 1] = vals[k]!;
  }
}

/** First row index in [from, to) whose day is > `day` (rows are sorted by day). */
export function upperBound(dayCol: Int32Array, from: number, to: number, day: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dayCol[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
