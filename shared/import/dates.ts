// Dates as they appear in Chinese and international exports, normalised to sortable text
// ('YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS') that SQLite's date functions understand.

import { excelSerialToText } from './excel-serial';

export interface DateOptions {
  /** '05/03/2024' is 5 March when true, May 3 when false (default). Year-first forms never depend on it. */
  dayFirst?: boolean;
  /** Accept bare numbers (and numeric text) as Excel serials. */
  excelSerials?: boolean;
  date1904?: boolean;
  /**
   * Timestamps with a zone ('Z', '+08:00') are converted to this UTC offset in minutes
   * (480 = China). Without it the wall-clock time is kept as written and the zone dropped.
   */
  targetOffsetMinutes?: number;
}

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  hasTime: boolean;
  offsetMinutes: number | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function validDate(y: number, mo: number, d: number): boolean {
  if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

/** '10:30', '9:41:05', '10:30:00.123', with optional AM/PM or 上午/下午 and a zone. */
function parseTime(text: string, into: Parts): boolean {
  let t = text.trim();
  if (t === '') return true;
  let meridiem: 'am' | 'pm' | null = null;
  const mer = /^(上午|下午|晚上|凌晨|中午)\s*|\s*([ap]\.?m\.?)$/i.exec(t);
  if (mer) {
    const word = (mer[1] ?? mer[2] ?? '').toLowerCase().replace(/\./g, '');
    meridiem = word === 'am' || word === '上午' || word === '凌晨' ? 'am' : 'pm';
    t = t.replace(mer[0], '').trim();
  }
  const m = /^(\d{1,2})(?::|时|點|点)(\d{1,2})(?:(?::|分)(\d{1,2})(?:[.,]\d+)?(?:秒)?)?分?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?$/i.exec(t);
  if (!m) return false;
  let h = Number(m[1]);
  const mi = Number(m[2]);
  const s = Number(m[3] ?? 0);
  if (meridiem) {
    if (h < 1 || h > 12) return false;
    h = (h % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (h > 23 || mi > 59 || s > 59) return false;
  const zone = m[4];
  if (zone) {
    if (/^(Z|UTC|GMT)$/i.test(zone)) into.offsetMinutes = 0;
    else {
      const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
      if (!z) return false;
      into.offsetMinutes = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0));
    }
  }
  Object.assign(into, { h, mi, s, hasTime: true });
  return true;
}

function blank(): Parts {
  return { y: 0, mo: 0, d: 0, h: 0, mi: 0, s: 0, hasTime: false, offsetMinutes: null };
}

function parseParts(text: string, opts: DateOptions): Parts | null {
  const t = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const p = blank();
  let m: RegExpExecArray | null;
  // Year first: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, ISO with T.
  if ((m = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})[日号]?)(?:(?:T|\s+)(.*))?$/i.exec(t))) {
    Object.assign(p, { y: Number(m[1]), mo: Number(m[2] ?? m[4]), d: Number(m[3] ?? m[5]) });
    if (!parseTime(m[6] ?? '', p)) return null;
  } else if ((m = /^(\d{4})(\d{2})(\d{2})(?:[T ]?(\d{2})(\d{2})(\d{2})?)?$/.exec(t))) {
    // Compact 20240305 / 20240305103000.
    Object.assign(p, { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]) });
    if (m[4]) Object.assign(p, { h: Number(m[4]), mi: Number(m[5]), s: Number(m[6] ?? 0), hasTime: true });
  } else if ((m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+(.*))?$/.exec(t))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    Object.assign(p, opts.dayFirst ? { d: a, mo: b } : { mo: a, d: b }, { y: Number(m[3]) });
    if (!parseTime(m[4] ?? '', p)) return null;
  } else if ((m = /^(\d{1,2})[ -]([a-z]{3})[a-z]*\.?[ -,]*(\d{4})(?:\s+(.*))?$/i.exec(t))) {
    // 5 Mar 2024, 05-Mar-2024
    Object.assign(p, { d: Number(m[1]), mo: MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1, y: Number(m[3]) });
    if (!parseTime(m[4] ?? '', p)) return null;
  } else if ((m = /^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})(?:\s+(.*))?$/i.exec(t))) {
    // Mar 5, 2024
    Object.assign(p, { mo: MONTHS.indexOf((m[1] ?? '').toLowerCase()) + 1, d: Number(m[2]), y: Number(m[3]) });
    if (!parseTime(m[4] ?? '', p)) return null;
  } else {
    return null;
  }
  if (!validDate(p.y, p.mo, p.d) || p.h > 23 || p.mi > 59 || p.s > 59) return null;
  return p;
}

function format(p: Parts): string {
  const date = `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}`;
  return p.hasTime ? `${date} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}` : date;
}

function shiftZone(p: Parts, target: number): Parts {
  const ms = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - (p.offsetMinutes ?? 0) * 60_000 + target * 60_000;
  const d = new Date(ms);
  return {
    ...p,
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    hasTime: true,
  };
}

/** Normalised 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS', or null when the text is not a date. */
export function parseDate(input: string | number, opts: DateOptions = {}): string | null {
  if (typeof input === 'number') return opts.excelSerials ? excelSerialToText(input, opts.date1904) : null;
  const t = input.trim();
  if (t === '') return null;
  if (opts.excelSerials && /^\d{1,6}(?:\.\d+)?$/.test(t) && !/^\d{8}$/.test(t)) {
    return excelSerialToText(Number(t), opts.date1904);
  }
  const p = parseParts(t, opts);
  if (!p) return null;
  if (p.offsetMinutes !== null && opts.targetOffsetMinutes !== undefined) return format(shiftZone(p, opts.targetOffsetMinutes));
  return format(p);
}

/** Date part only ('YYYY-MM-DD'). */
export function parseDateOnly(input: string | number, opts: DateOptions = {}): string | null {
  return parseDate(input, opts)?.slice(0, 10) ?? null;
}
