// Excel stores dates as day counts. The 1900 system inherits Lotus 1-2-3's bug: serial 60 is
// 1900-02-29, a day that never existed, so serials from 61 on are one day "late". The 1904
// system (old Mac workbooks, workbook flag date1904) counts from 1904-01-01 with no such day.

const MS_PER_DAY = 86_400_000;
const EPOCH_1900_AFTER_BUG = Date.UTC(1899, 11, 30);
const EPOCH_1900_BEFORE_BUG = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export interface SerialParts {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM:SS' */
  time: string;
  hasTime: boolean;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** null for serial 60 in the 1900 system (the fictional 1900-02-29), negatives and absurd values. */
export function excelSerialParts(serial: number, date1904 = false): SerialParts | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return null;
  // Round to the second first, so 0.99999999 of a day does not print as 23:59:59.
  const totalSeconds = Math.round(serial * 86_400);
  const days = Math.floor(totalSeconds / 86_400);
  const secs = totalSeconds - days * 86_400;
  let ms: number;
  if (date1904) ms = EPOCH_1904 + days * MS_PER_DAY;
  else if (days === 60) return null;
  else ms = (days > 60 ? EPOCH_1900_AFTER_BUG : EPOCH_1900_BEFORE_BUG) + days * MS_PER_DAY;
  const d = new Date(ms);
  return {
    date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(Math.floor(secs / 3600))}:${pad(Math.floor((secs % 3600) / 60))}:${pad(secs % 60)}`,
    hasTime: secs !== 0,
  };
}

/** 'YYYY-MM-DD', or 'YYYY-MM-DD HH:MM:SS' when the serial carries a time of day. */
export function excelSerialToText(serial: number, date1904 = false): string | null {
  const p = excelSerialParts(serial, date1904);
  if (!p) return null;
  return p.hasTime ? `${p.date} ${p.time}` : p.date;
}

/** Inverse for tests and exports: serial of a calendar date (1900 system unless date1904). */
export function dateToExcelSerial(year: number, month: number, day: number, date1904 = false): number {
  const ms = Date.UTC(year, month - 1, day);
  if (date1904) return (ms - EPOCH_1904) / MS_PER_DAY;
  const afterBug = (ms - EPOCH_1900_AFTER_BUG) / MS_PER_DAY;
  return afterBug > 60 ? afterBug : (ms - EPOCH_1900_BEFORE_BUG) / MS_PER_DAY;
}
