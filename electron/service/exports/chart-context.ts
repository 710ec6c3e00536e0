// The ChartContext of an export: the renderer's (renderer/features/dashboards/widgets/
// use-chart-context.ts) in one language without React — column labels from catalog fields and
// measures (an imported attribute by its own name), enum codes by catalog:values.*, '__other__'
// as dashboard-widgets:other, months and dates by locale, numbers by shared/i18n — light and not
// large, as a printed page is.
import { formatterFor, type ChartContext } from '../../../shared/dashboards/charts';
import { plainCellText } from '../../../shared/dashboards/charts/context';
import type { Cell, DataColumn } from '../../../shared/dashboards/widget-data';
import { formatDate, formatMonth, MISSING } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locales';
import type { Translate } from './translate';

export const OTHER_GROUP = '__other__';
const MONTH = /^\d{4}-\d{2}$/;
const VALUES_PREFIX = 'catalog:values.';

export interface ExportLabels {
  field: (id: string, rawLabel?: string) => string;
  measure: (id: string) => string;
  /** An enum code's word (catalog:values.<field>.<code>), or the code itself. */
  value: (field: string, code: string) => string;
  column: (column: DataColumn) => string;
  cell: (column: DataColumn, value: Cell) => string;
}

export function exportLabels(t: Translate, locale: Locale): ExportLabels {
  const format = formatterFor(locale);
  const field = (id: string, rawLabel?: string) => rawLabel ?? t('catalog', `fields.${id}`, {}, id);
  const measure = (id: string) => t('catalog', `measures.${id}`, {}, id);
  const value = (fieldId: string, code: string) => t('catalog', `values.${fieldId}.${code}`, {}, code);
  const column = (c: DataColumn) => (c.rawLabel ? c.rawLabel : c.labelKey?.startsWith('catalog:measures.') ? measure(c.key) : field(c.key));
  const cell = (c: DataColumn, v: Cell): string => {
    if (v === null) return MISSING;
    if (v === OTHER_GROUP) return t('dashboard-widgets', 'other');
    if (typeof v === 'string') {
      if (c.valueLabelPrefix?.startsWith(VALUES_PREFIX)) return value(c.valueLabelPrefix.slice(VALUES_PREFIX.length), v);
      if (c.grain === 'month' || MONTH.test(v)) return MONTH.test(v) ? formatMonth(v, locale) : v;
      if (c.grain === 'week') return formatDate(v, locale);
    }
    return plainCellText(v, c, locale, format);
  };
  return { field, measure, value, column, cell };
}

export function exportChartContext(t: Translate, locale: Locale): ChartContext {
  const labels = exportLabels(t, locale);
  return {
    label: labels.column,
    valueLabel: labels.cell,
    format: formatterFor(locale),
    words: {
      warningLine: t('dashboard-widgets', 'chart.warningLine'),
      survival: t('dashboard-widgets', 'chart.survival'),
      band: t('dashboard-widgets', 'chart.band'),
      median: t('dashboard-widgets', 'chart.median'),
    },
    dark: false,
    large: false,
    locale,
  };
}
