// A table cell as the screen shows it: numbers by the column's catalog format in the document's
// language (shared/i18n, the formatter the charts and grids use), day dates by locale, words as
// they are; and its 条件属性 look from the section's rules through the one trafficLight rule.
import { formatterFor } from '../../../shared/dashboards/charts/context';
import { trafficColor } from '../../../shared/dashboards/charts/palette';
import { trafficLight } from '../../../shared/dashboards/thresholds';
import type { Cell } from '../../../shared/dashboards/widget-data';
import type { ExportColumn, ExportRule } from '../../../shared/export/document';
import { formatDate, MISSING } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locales';

export type CellFormatter = (cell: Cell, column: ExportColumn) => string;

export function cellFormatter(locale: Locale): CellFormatter {
  const format = formatterFor(locale);
  return (cell, column) => {
    if (cell === null) return MISSING;
    if (typeof cell === 'number') return format(cell, column.format);
    if (column.format === 'date' && column.grain === undefined) return formatDate(cell, locale);
    return cell;
  };
}

/** Numbers sit at the right of their cells, as on the screen and in Excel. */
export function isNumericColumn(column: ExportColumn): boolean {
  return column.format !== 'text' && column.format !== 'code' && column.format !== 'date';
}

export interface CellLook {
  /** Text colour (color rules). */
  readonly text: string | null;
  /** Cell fill (color and scale rules), drawn light so the text stays readable. */
  readonly fill: string | null;
  /** Data bar: colour and width 0–1 of the column's largest magnitude. */
  readonly bar: { readonly color: string; readonly width: number } | null;
  /** Icon rules: a dot in the traffic light's colour before the value. */
  readonly dot: string | null;
}

const PLAIN: CellLook = { text: null, fill: null, bar: null, dot: null };

/** The largest magnitude of each ruled column over the rows shown: a data bar's full width. */
export function ruleScales(rules: readonly ExportRule[], rows: readonly (readonly Cell[])[]): Map<number, number> {
  const scales = new Map<number, number>();
  for (const rule of rules) {
    let max = 0;
    for (const row of rows) {
      const value = row[rule.column];
      if (typeof value === 'number' && Number.isFinite(value)) max = Math.max(max, Math.abs(value));
    }
    scales.set(rule.column, max > 0 ? max : 1);
  }
  return scales;
}

/** The first rule on the column decides, as in the workbook (stopIfTrue) and on the screen. */
export function cellLook(rules: readonly ExportRule[], column: number, cell: Cell, scales: ReadonlyMap<number, number>): CellLook {
  const rule = rules.find((r) => r.column === column);
  if (!rule || typeof cell !== 'number' || !Number.isFinite(cell)) return PLAIN;
  const light = trafficLight(cell, rule.thresholds);
  if (light === null) return PLAIN;
  const color = trafficColor(light, false);
  switch (rule.style) {
    case 'color':
      return { ...PLAIN, text: color, fill: color };
    case 'scale':
      return { ...PLAIN, fill: color };
    case 'bar':
      return { ...PLAIN, bar: { color, width: Math.min(1, Math.abs(cell) / (scales.get(column) ?? 1)) } };
    case 'icon':
      return { ...PLAIN, dot: color };
  }
}
