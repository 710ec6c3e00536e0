// The ChartContext of the current language for the shared builders: column and value labels
// from the catalog namespace, '__other__' as 其他 / Other, months and dates by locale, numbers
// by shared/i18n formatting.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatterFor, type ChartContext, type SelectableValue } from '../../../../shared/dashboards/charts';
import { plainCellText } from '../../../../shared/dashboards/charts/context';
import type { Cell, DataColumn } from '../../../../shared/dashboards/widget-data';
import { formatDate, formatMonth, MISSING } from '../../../../shared/i18n/format';
import { useCatalogLabels, type CatalogLabels } from '../../../i18n/catalog-label';
import { useLocale } from '../../../i18n/use-locale';
import type { Locale } from '../../../../shared/i18n/locales';

export const OTHER_GROUP = '__other__';

const MONTH = /^\d{4}-\d{2}$/;

export function columnLabel(column: DataColumn, labels: CatalogLabels): string {
  if (column.rawLabel) return column.rawLabel;
  if (column.labelKey?.startsWith('catalog:measures.')) return labels.measure(column.key);
  return labels.field(column.key);
}

export function cellLabel(column: DataColumn, value: Cell, labels: CatalogLabels, otherLabel: string, locale: Locale, format: ChartContext['format']): string {
  if (value === null) return MISSING;
  if (value === OTHER_GROUP) return otherLabel;
  if (typeof value === 'string') {
    if (column.valueLabelPrefix?.startsWith('catalog:values.')) return labels.value(column.valueLabelPrefix.slice('catalog:values.'.length), value);
    if (column.grain === 'month' || MONTH.test(value)) return MONTH.test(value) ? formatMonth(value, locale) : value;
    if (column.grain === 'week') return formatDate(value, locale);
  }
  return plainCellText(value, column, locale, format);
}

export function useChartContext(dark: boolean, large: boolean, selected: readonly SelectableValue[]): ChartContext {
  const { t } = useTranslation('dashboard-widgets');
  const labels = useCatalogLabels();
  const locale = useLocale();
  return useMemo(() => {
    const format = formatterFor(locale);
    const other = t('other');
    return {
      label: (column: DataColumn) => columnLabel(column, labels),
      valueLabel: (column: DataColumn, value: Cell) => cellLabel(column, value, labels, other, locale, format),
      format,
      words: { warningLine: t('chart.warningLine'), survival: t('chart.survival'), band: t('chart.band'), median: t('chart.median') },
      dark,
      large,
      locale,
      selected,
    };
  }, [t, labels, locale, dark, large, selected]);
}
