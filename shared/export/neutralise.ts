// Formula injection in exported spreadsheets (OWASP "CSV Injection"): Excel, WPS and LibreOffice
// run a cell that starts with = + - @ (and, through DDE or old parsers, | and %) as a formula,
// and a leading tab, CR or LF lets such a cell hide behind whitespace. Text cells starting with
// one of those are prefixed with a single quote, OWASP's advice, which shows as text. Numbers
// are values, not text a spreadsheet parses: they are never touched, so they stay numbers.
// Pure: the call-list export uses it now, the dashboard's Excel export later.

/** Characters that make a spreadsheet read a text cell as a formula (or hide one). */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '|', '%', '\t', '\r', '\n'];

/** Excel's maximum characters in one cell; longer text is cut (Excel would refuse or cut it itself). */
export const EXCEL_CELL_MAX = 32_767;

export type CellValue = string | number | null;

export function needsNeutralising(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text[0]!);
}

/** Cut to `max` UTF-16 units without splitting a surrogate pair (a CJK extension or emoji character). */
export function cutText(text: string, max: number = EXCEL_CELL_MAX): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const splitsPair = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, splitsPair ? max - 1 : max);
}

/** A text cell safe to open in a spreadsheet: neutralised, then cut to the cell limit (quote included). */
export function neutraliseText(text: string): string {
  return cutText(needsNeutralising(text) ? `'${text}` : text);
}

/** Any cell: text is neutralised and cut; numbers and empty cells pass through unchanged. */
export function neutraliseCell(value: CellValue): CellValue {
  return typeof value === 'string' ? neutraliseText(value) : value;
}
