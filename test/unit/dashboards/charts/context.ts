// A ChartContext as the renderer builds one, in English, with code labels that show the code:
// enough to check structure, colours and values without i18next.
import { formatterFor, type ChartContext } from '../../../../shared/dashboards/charts';
import type { Cell, DataColumn } from '../../../../shared/dashboards/widget-data';

export function testContext(overrides: Partial<ChartContext> = {}): ChartContext {
  const format = formatterFor('en');
  return {
    label: (column: DataColumn) => `L:${column.key}`,
    valueLabel: (column: DataColumn, value: Cell) =>
      value === '__other__' ? 'Other' : value === null ? '—' : typeof value === 'number' ? format(value, column.format) : `V:${value}`,
    format,
    words: { warningLine: 'Warning line', survival: 'Survival', band: '95% band', median: 'Median' },
    dark: false,
    large: false,
    locale: 'en',
    ...overrides,
  };
}
