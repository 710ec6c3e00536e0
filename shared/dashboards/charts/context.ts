// What a chart option builder is given besides the widget and its data: every word and number
// already resolved for one language, so the builder stays pure and its option is plain JSON
// (no functions) that the screen and a server-side SVG render draw alike.
import type { FieldFormat } from '../../catalog/types';
import { formatValue, type ValueKind } from '../../i18n/format-kind';
import { formatDate, MISSING } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { Cell, DataColumn } from '../widget-data';

/** A JSON value: the option type admits nothing else, so a function cannot slip in. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type ChartOption = JsonObject;

export type SelectableValue = string | number | boolean;

export interface ChartWords {
  /** 警戒线 / Warning line. */
  warningLine: string;
  /** The KM curve's name and its median marker. */
  survival: string;
  band: string;
  median: string;
}

export interface ChartContext {
  /** A column's label in the UI language. */
  label: (column: DataColumn) => string;
  /** An enum code (or '__other__') as shown; other values formatted by the column's format. */
  valueLabel: (column: DataColumn, value: Cell) => string;
  /** A number for display in the column's format; `compact` for KPI cards (万 / M). */
  format: (value: number | null, format: FieldFormat, options?: { compact?: boolean }) => string;
  words: ChartWords;
  dark: boolean;
  large: boolean;
  locale: Locale;
  /** The widget's values selected by linkage: these stay bright, the others are dimmed. */
  selected?: readonly SelectableValue[];
}

function valueKind(format: FieldFormat, compact: boolean): ValueKind {
  if (format === 'text' || format === 'code' || format === 'date') return 'number';
  if (compact && format === 'currency') return 'currencyCompact';
  if (compact && (format === 'count' || format === 'number')) return 'compact';
  return format;
}

/** The shared formatter of a locale (shared/i18n): what the renderer and the exporter both pass. */
export function formatterFor(locale: Locale): ChartContext['format'] {
  return (value, format, options) => formatValue(value, valueKind(format, options?.compact === true), locale);
}

/** A cell as text when it is not an enum code: dates by locale, numbers by format. */
export function plainCellText(cell: Cell, column: DataColumn, locale: Locale, format: ChartContext['format']): string {
  if (cell === null) return MISSING;
  if (typeof cell === 'number') return format(cell, column.format);
  if (column.format === 'date' && !column.grain) return formatDate(cell, locale);
  return cell;
}
