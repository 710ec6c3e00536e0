// One entry point for the mapper: typed conversion of a raw source value. The individual
// parsers live in their own modules; this file only dispatches and keeps them together.

import { parseBoolean } from './booleans';
import { parseDate, parseDateOnly, type DateOptions } from './dates';
import { parseDecimal, parseInteger, parsePercent, type NumberOptions } from './numbers';

export { parseBoolean } from './booleans';
export { parseDate, parseDateOnly, type DateOptions } from './dates';
export { excelSerialParts, excelSerialToText, dateToExcelSerial } from './excel-serial';
export { parseDecimal, parseInteger, parsePercent, type NumberOptions } from './numbers';

export type TargetType = 'text' | 'integer' | 'decimal' | 'percent' | 'boolean' | 'date' | 'datetime';
export type RawValue = string | number | boolean | null | Uint8Array;
export type ConvertedValue = string | number | null;

/**
 * What a value that could not be converted should have been: a code, so the reject it becomes
 * can be grouped and labelled in either UI language (shared/import/reject-reasons.ts). 'choice'
 * is a word outside an enum field's values (field-value.ts).
 */
export const invalidValueKinds = ['integer', 'number', 'percentage', 'yesNo', 'date', 'choice', 'binary'] as const;
export type InvalidValueKind = (typeof invalidValueKinds)[number];

export type ConvertResult = { ok: true; value: ConvertedValue } | { ok: false; expected: InvalidValueKind };

export type ConvertOptions = NumberOptions & DateOptions;

function ok(value: ConvertedValue): ConvertResult {
  return { ok: true, value };
}

const HEX_DIGITS = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/** Lower-case hex of a blob, as Node's Buffer#toString('hex') gives it — spelled out because shared/ has no Buffer. */
function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += HEX_DIGITS[b] ?? '';
  return out;
}

/** null/empty stay null (a missing value is not a conversion error); anything unparseable is reported. */
export function convertValue(raw: RawValue, type: TargetType, opts: ConvertOptions = {}): ConvertResult {
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return ok(null);
  if (raw instanceof Uint8Array) return type === 'text' ? ok(toHex(raw)) : { ok: false, expected: 'binary' };
  const fail = (expected: InvalidValueKind): ConvertResult => ({ ok: false, expected });
  switch (type) {
    case 'text':
      return ok(typeof raw === 'string' ? raw : String(raw));
    case 'integer': {
      const v = typeof raw === 'boolean' ? Number(raw) : parseInteger(raw, opts);
      return v === null ? fail('integer') : ok(v);
    }
    case 'decimal': {
      const v = typeof raw === 'boolean' ? Number(raw) : parseDecimal(raw, opts);
      return v === null ? fail('number') : ok(v);
    }
    case 'percent': {
      const v = typeof raw === 'boolean' ? null : parsePercent(raw, opts);
      return v === null ? fail('percentage') : ok(v);
    }
    case 'boolean': {
      const v = parseBoolean(raw);
      return v === null ? fail('yesNo') : ok(v ? 1 : 0);
    }
    case 'date':
    case 'datetime': {
      if (typeof raw === 'boolean') return fail('date');
      const v = type === 'date' ? parseDateOnly(raw, opts) : parseDate(raw, opts);
      return v === null ? fail('date') : ok(v);
    }
  }
}
