// Text of the stored score columns: rounded numbers, the health breakdown and the reasons as
// JSON. A refresh writes a million rows, so this avoids Number#toFixed and JSON.stringify
// on freshly built arrays (together ~10 µs a row); the text is what JSON.stringify gives
// for the same rounded values.
import type { ReasonType } from '../../../shared/scoring/reason-types';

/** Decimal places of the score columns. */
export const CENTS = 2;
export const TEN_THOUSANDTHS = 4;
export const MICROS = 6;
const SCALE = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/**
 * Number(v.toFixed(digits)), ~8× faster; null for NaN and ±∞ (stored as NULL / JSON null).
 * k / 10^d is the double nearest the decimal, as parsing the decimal gives. Only a product
 * landing exactly on .5 is ambiguous (the exact v may lie either side), and only products
 * past 2^52 lose the integer: both go to toFixed. Small negatives round to 0, not −0
 * (SQLite and JSON store them alike).
 */
export function roundTo(v: number, digits: number): number | null {
  if (!Number.isFinite(v)) return null;
  const scale = SCALE[digits]!;
  const x = Math.abs(v) * scale;
  const whole = Math.floor(x);
  const r = x - whole === 0.5 || x >= 2 ** 52 ? Number(Math.abs(v).toFixed(digits)) : (x - whole < 0.5 ? whole : whole + 1) / scale;
  return v < 0 && r !== 0 ? -r : r;
}

const text = (v: number | null): string => (v === null ? 'null' : String(v));

/** [[score, weight], …] of one row's groups: scores to 0.01, applied weights to 1e-6. */
export function groupsJson(score: Float64Array, weight: Float64Array, from: number, count: number): string {
  let s = '[';
  for (let g = 0; g < count; g++) s += `${g ? ',' : ''}[${text(roundTo(score[from + g]!, CENTS))},${text(roundTo(weight[from + g]!, MICROS))}]`;
  return `${s}]`;
}

/** [score, …] of one row's indicators, to 0.01. */
export function indicatorsJson(score: Float64Array, from: number, count: number): string {
  let s = '[';
  for (let k = 0; k < count; k++) s += (k ? ',' : '') + text(roundTo(score[from + k]!, CENTS));
  return `${s}]`;
}

/**
 * The top reasons of every row, kept as source numbers and contributions (a few bytes a
 * row instead of three objects) until the row is written as [[source, reason type,
 * contribution], …] with contributions to 1e-4.
 */
export class ReasonTable {
  /** Source → its number. One source has one reason type within a model; another type would get its own number. */
  private readonly sourceIds = new Map<string, number>();
  private readonly sourceOf: string[] = [];
  private readonly reasonOf: ReasonType[] = [];
  /** Per number: the JSON text `"source","reason type",` the same for every row. */
  private readonly prefix: string[] = [];
  private readonly source: Int32Array;
  private readonly contribution: Float64Array;

  constructor(
    rows: number,
    private readonly k: number,
  ) {
    this.source = new Int32Array(rows * k).fill(-1);
    this.contribution = new Float64Array(rows * k);
  }

  set(row: number, reasons: readonly { source: string; reason: ReasonType; contribution: number }[]): void {
    for (let i = 0; i < Math.min(this.k, reasons.length); i++) {
      const { source, reason, contribution } = reasons[i]!;
      let id = this.sourceIds.get(source);
      if (id === undefined || this.reasonOf[id] !== reason) id = this.number(source, reason);
      this.source[row * this.k + i] = id;
      this.contribution[row * this.k + i] = contribution;
    }
  }

  private number(source: string, reason: ReasonType): number {
    const known = this.prefix.findIndex((_, k) => this.reasonOf[k] === reason && this.sourceOf[k] === source);
    if (known >= 0) return known;
    const id = this.prefix.length;
    if (!this.sourceIds.has(source)) this.sourceIds.set(source, id);
    this.sourceOf.push(source);
    this.reasonOf.push(reason);
    this.prefix.push(`${JSON.stringify(source)},${JSON.stringify(reason)},`);
    return id;
  }

  json(row: number): string {
    let s = '[';
    for (let i = 0; i < this.k; i++) {
      const id = this.source[row * this.k + i]!;
      if (id < 0) break;
      s += `${i ? ',' : ''}[${this.prefix[id]!}${text(roundTo(this.contribution[row * this.k + i]!, TEN_THOUSANDTHS))}]`;
    }
    return `${s}]`;
  }
}
