// Turns one SheetJS cell (read raw: no formatted text) into a source value. Dates are converted
// here from the serial with the workbook's epoch, because SheetJS's own Date objects go through
// the local time zone; numbers formatted as text or zero-padded IDs keep their displayed digits.

import * as XLSX from 'xlsx';
import { excelSerialParts } from '../../../shared/import/excel-serial';
import type { SourceValue } from './source';

interface Ssf {
  format(fmt: string, value: number): string;
  is_date(fmt: string): boolean;
}
const SSF = XLSX.SSF as Ssf;

export type CellIssue = 'error-value' | 'fictional-date' | 'precision-loss';

export interface CellResult {
  value: SourceValue;
  issue?: CellIssue;
}

const NULL_RESULT: CellResult = { value: null };

/** Format text without quoted literals, escapes and [colour]/[$-804] sections. */
function bareFormat(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

const dateFormatCache = new Map<string, { isDate: boolean; hasTime: boolean; hasDate: boolean; padded: boolean }>();

function classify(fmt: string): { isDate: boolean; hasTime: boolean; hasDate: boolean; padded: boolean } {
  let c = dateFormatCache.get(fmt);
  if (!c) {
    const bare = bareFormat(fmt).toLowerCase();
    const isDate = fmt !== 'General' && SSF.is_date(fmt);
    c = {
      isDate,
      hasTime: isDate && /[hs]|am\/pm|上午\/下午/.test(bare),
      // 'm' is a month only when no hour/second is around to make it a minute.
      hasDate: isDate && (/[yde]|m{3,}/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare))),
      // Zero-padded whole-number formats ('000000', '00000000000') are how Excel keeps ID digits.
      padded: /^0{2,}$/.test(bare.trim()),
    };
    dateFormatCache.set(fmt, c);
  }
  return c;
}

export function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): CellResult {
  if (!cell) return NULL_RESULT;
  const v = cell.v;
  switch (cell.t) {
    case 's':
      return typeof v === 'string' && v !== '' ? { value: v } : NULL_RESULT;
    case 'b':
      return { value: v ? 'TRUE' : 'FALSE' };
    case 'e':
      return { value: null, issue: 'error-value' };
    case 'd': {
      if (!(v instanceof Date) || Number.isNaN(v.getTime())) return NULL_RESULT;
      return { value: v.toISOString().slice(0, 19).replace('T', ' ') };
    }
    case 'n': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return NULL_RESULT;
      const fmt = typeof cell.z === 'string' ? cell.z : 'General';
      if (fmt === '@') return { value: String(v) };
      const kind = classify(fmt);
      if (kind.isDate) {
        const parts = excelSerialParts(v, date1904);
        if (!parts) return { value: null, issue: v >= 60 && v < 61 && !date1904 ? 'fictional-date' : undefined };
        if (!kind.hasDate && v < 1) return { value: parts.time };
        return { value: kind.hasTime || parts.hasTime ? `${parts.date} ${parts.time}` : parts.date };
      }
      if (kind.padded && Number.isInteger(v) && v >= 0) return { value: SSF.format(fmt, v) };
      if (Number.isInteger(v) && !Number.isSafeInteger(v)) return { value: BigInt(v).toString(), issue: 'precision-loss' };
      return { value: v };
    }
    default:
      return NULL_RESULT;
  }
}
