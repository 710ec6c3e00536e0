// One number format per kind of value, for every screen, chart and export: a figure of one
// kind reads the same wherever it appears (the same customer's CLV in the grid and on its 360
// page, an AUC in the runs table and in the metric strip). Kinds are the catalog's field
// formats (FieldFormat) plus the model metrics that are not catalog fields.
//
//   score        health scores, group and indicator scores, ratings: one decimal   88.0
//   probability  probabilities and rates: a percentage with one decimal             12.3%
//   percent      shares and fractions: the same                                      4.0%
//   currency     one customer's money (amount, CLV, cost): the full figure          ¥22,642.70
//   currencyCompact  aggregate money on KPI cards and axes: 万/亿 in Chinese,
//                    M/B in English (the full figure is the card’s tooltip)          ¥1.23万 / ¥12.3M
//   count, days  whole numbers with thousands separators                           12,345
//   compact      aggregate counts on KPI cards: 万 / M                               1.23万
//   auc          AUC, PR-AUC: three decimals                                         0.821
//   lift         lift: two decimals                                                  2.40
//   coefficient  model coefficients and contributions: three decimals, signed       +0.927
//   number       anything else: up to two decimals                                   1,234.57
import type { FieldFormat } from '../catalog/types';
import { formatCompact, formatCurrency, formatDate, formatFixed, formatInteger, formatNumber, formatPercent, MISSING } from './format';
import type { Locale } from './locales';

export type ValueKind = Exclude<FieldFormat, 'text' | 'code' | 'date'> | 'currencyCompact' | 'compact' | 'auc' | 'lift' | 'coefficient';

const fixed = formatFixed;

export function formatValue(value: number | null | undefined, kind: ValueKind, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  switch (kind) {
    case 'score':
      return fixed(value, 1);
    case 'probability':
    case 'percent':
      return formatPercent(value, locale, 1);
    case 'currency':
      return formatCurrency(value, locale);
    case 'currencyCompact':
      return formatCurrency(value, locale, { compact: true });
    case 'count':
    case 'days':
      return formatInteger(value, locale);
    case 'compact':
      return formatCompact(value, locale);
    case 'auc':
      return fixed(value, 3);
    case 'lift':
      return fixed(value, 2);
    case 'coefficient': {
      const text = fixed(value, 3);
      return value > 0 && text !== '0.000' ? `+${text}` : text;
    }
    default:
      return formatNumber(value, locale, 2);
  }
}

/** A catalog field's value by the field's own format (dates and codes are not numbers). */
export function formatFieldValue(value: unknown, format: FieldFormat, locale: Locale): string | null {
  if (format === 'date') return typeof value === 'string' ? formatDate(value, locale) : null;
  if (format === 'text' || format === 'code') return null;
  return typeof value === 'number' ? formatValue(value, format, locale) : null;
}
