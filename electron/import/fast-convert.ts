// Shortcuts for the spellings that make up nearly every cell of a large clean export — plain
// decimals, ISO dates, text without surrounding spaces — recognised by scanning character codes
// instead of the general parsers' normalisation and regular expressions (most of the parse
// worker's time on a 10 M-row file). A shortcut either returns exactly what convertField would,
// or SLOW to hand the cell to convertField; test/unit/import/fast-convert.test.ts holds the two
// to the same answers.
import type { CanonicalField } from '../../shared/domain/canonical-tables';
import { convertField, type FieldSettings } from '../../shared/import/field-value';
import type { ConvertedValue, RawValue } from '../../shared/import/convert';

/** "Not decided here": the caller runs convertField. */
export const SLOW: unique symbol = Symbol('slow');
export type Fast = ConvertedValue | typeof SLOW;

/**
 * Derivations: how a converted value follows from its source cell, so that the writer may let
 * SQLite compute it from the raw table instead of binding it a second time (see the SQL in
 * writer/canonical-writer.ts). Bit flags, because one value often has several.
 */
/** The cell unchanged. */
export const SAME = 1;
/** The cell's text read as a REAL: a plain decimal, which SQLite and JavaScript parse to the same double. */
export const CAST = 2;
/** An ISO date-time cell with midnight spelled as the date alone. */
export const ISO_DATETIME = 4;
/** The first ten characters (the date) of an ISO date or date-time cell. */
export const ISO_DATE = 8;
/** Not from the cell: one value for every row of the batch. */
export const CONSTANT = 16;

export interface FieldShortcut {
  convert(raw: RawValue): Fast;
  /** After a convert() that did not return SLOW: the derivations that give its value from the cell. */
  bits: number;
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const MINUS = 45;
const DOT = 46;
const COLON = 58;
const SPACE = 32;
/** Significant digits a double holds exactly, so both parsers land on the same value. */
const MAX_DIGITS = 15;

function isDigit(c: number): boolean {
  return c >= DIGIT_0 && c <= DIGIT_9;
}

/** '-12.50' and the like (no sign but '-', no grouping, no exponent, ≤ 15 digits): its value, else SLOW. */
export function plainDecimal(s: string): number | typeof SLOW {
  const n = s.length;
  let i = s.charCodeAt(0) === MINUS ? 1 : 0;
  let digits = 0;
  let dot = false;
  if (i >= n) return SLOW;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c === DOT && !dot && digits > 0 && i + 1 < n) dot = true;
    else return SLOW;
  }
  if (digits === 0 || digits > MAX_DIGITS) return SLOW;
  const v = Number(s);
  // '-0' is -0 here but 0 once an integer field normalises it: not worth a special case.
  return v === 0 && s.charCodeAt(0) === MINUS ? SLOW : v;
}

function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at);
  const b = s.charCodeAt(at + 1);
  return isDigit(a) && isDigit(b) ? (a - DIGIT_0) * 10 + (b - DIGIT_0) : -1;
}

function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** 'YYYY-MM-DD' (10) or 'YYYY-MM-DD HH:MM:SS' (19) with a real date and time: its length, else 0. */
export function isoLength(s: string): number {
  const n = s.length;
  if (n !== 10 && n !== 19) return 0;
  const y1 = twoDigits(s, 0);
  const y2 = twoDigits(s, 2);
  if (y1 < 0 || y2 < 0 || s.charCodeAt(4) !== MINUS || s.charCodeAt(7) !== MINUS) return 0;
  const y = y1 * 100 + y2;
  const m = twoDigits(s, 5);
  const d = twoDigits(s, 8);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return 0;
  if (n === 10) return 10;
  if (s.charCodeAt(10) !== SPACE || s.charCodeAt(13) !== COLON || s.charCodeAt(16) !== COLON) return 0;
  const h = twoDigits(s, 11);
  const mi = twoDigits(s, 14);
  const sec = twoDigits(s, 17);
  return h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && sec >= 0 && sec <= 59 ? 19 : 0;
}

/** Printable ASCII at both ends: trim() would return the string itself. */
function untrimmed(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(n - 1);
  return a > SPACE && a < 127 && b > SPACE && b < 127;
}

const MIDNIGHT = ' 00:00:00';

/** Enum and yes/no words repeat endlessly: convertField's answer per distinct cell, remembered. */
const MEMO_LIMIT = 4096;

export function fieldShortcut(field: CanonicalField, settings: FieldSettings): FieldShortcut {
  const type = field.type;
  if (field.name === 'churned' || field.name === 'active' || type === 'enum' || type === 'boolean') {
    const memo = new Map<string | number, ConvertedValue>();
    return {
      bits: 0,
      convert(raw) {
        if (typeof raw !== 'string' && typeof raw !== 'number') return SLOW;
        const hit = memo.get(raw);
        if (hit !== undefined) return hit;
        const res = convertField(raw, field, settings);
        if (res.ok && memo.size < MEMO_LIMIT) memo.set(raw, res.value);
        return res.ok ? res.value : SLOW;
      },
    };
  }
  if (type === 'text') {
    return { bits: SAME, convert: (raw) => (typeof raw === 'string' && untrimmed(raw) ? raw : SLOW) };
  }
  if ((type === 'decimal' || type === 'integer') && !settings.decimalComma) {
    const integer = type === 'integer';
    return {
      bits: 0,
      convert(raw) {
        if (typeof raw === 'number') {
          this.bits = SAME;
          return Number.isFinite(raw) && (!integer || Number.isSafeInteger(raw)) && !Object.is(raw, -0) ? raw : SLOW;
        }
        if (typeof raw !== 'string') return SLOW;
        this.bits = CAST;
        const v = plainDecimal(raw);
        return v !== SLOW && integer && !Number.isSafeInteger(v) ? SLOW : v;
      },
    };
  }
  if (type === 'date' || type === 'datetime') {
    const dateOnly = type === 'date';
    return {
      bits: 0,
      convert(raw) {
        if (typeof raw !== 'string') return SLOW;
        const n = isoLength(raw);
        if (n === 0) return SLOW;
        // convertField spells midnight as the date alone, and a date field keeps only the date.
        if (n === 10) {
          this.bits = SAME | ISO_DATETIME | ISO_DATE;
          return raw;
        }
        const midnight = raw.endsWith(MIDNIGHT);
        this.bits = midnight ? ISO_DATETIME | ISO_DATE : dateOnly ? ISO_DATE : SAME | ISO_DATETIME;
        return dateOnly || midnight ? raw.slice(0, 10) : raw;
      },
    };
  }
  return { bits: 0, convert: () => SLOW };
}
