// Grid columns: every whitelisted customer column, with localized headers, locale formats
// and filters limited to the operators customers.list can run.
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { CustomerRow } from '../../../shared/contract/operations';
import { customerColumnNames, customerColumns, type CustomerColumn } from '../../../shared/domain/customer-columns';
import { formatCurrency, formatDate, formatInteger } from '../../../shared/i18n/format';
import type { Locale } from '../../../shared/i18n/locales';
import { CustomerLinkCell } from './CustomerLinkCell';
import { StatusCell } from './StatusCell';

const textOptions = ['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank'];
const numberOptions = [
  'equals',
  'notEqual',
  'greaterThan',
  'greaterThanOrEqual',
  'lessThan',
  'lessThanOrEqual',
  'inRange',
  'blank',
  'notBlank',
];
// Date presets ("last 30 days") are left out: they would need the data date, not the clock.
const dateOptions = ['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank'];

const widths: Partial<Record<CustomerColumn, number>> = {
  customer_id: 130,
  name: 160,
  region: 100,
  city: 100,
  status: 108,
  owner: 130,
  order_count: 96,
  total_amount: 130,
  cancel_reason: 160,
};

// Filters wait for the analyst to pause typing; every change is a server round trip.
const commonFilterParams = { maxNumConditions: 2, defaultJoinOperator: 'AND', debounceMs: 400, buttons: ['reset'] } as const;

/** A number column filter limited to the operators customers.list can run. */
export function numberFilter(extra: Record<string, unknown> = {}): Pick<ColDef<CustomerRow>, 'filter' | 'filterParams'> {
  return { filter: 'agNumberColumnFilter', filterParams: { ...commonFilterParams, filterOptions: numberOptions, inRangeInclusive: true, ...extra } };
}

function kindColumn(column: CustomerColumn, locale: Locale): ColDef<CustomerRow> {
  switch (customerColumns[column].kind) {
    case 'number':
      return {
        ...numberFilter(),
        type: 'rightAligned',
        valueFormatter:
          column === 'total_amount'
            ? (p: ValueFormatterParams<CustomerRow>) => (typeof p.value === 'number' ? formatCurrency(p.value, locale) : '')
            : (p: ValueFormatterParams<CustomerRow>) => (typeof p.value === 'number' ? formatInteger(p.value, locale) : ''),
      };
    case 'date':
      return {
        filter: 'agDateColumnFilter',
        filterParams: { ...commonFilterParams, filterOptions: dateOptions, inRangeInclusive: true },
        valueFormatter: (p: ValueFormatterParams<CustomerRow>) => (typeof p.value === 'string' ? formatDate(p.value, locale) : ''),
      };
    case 'text':
      return {
        filter: 'agTextColumnFilter',
        filterParams: { ...commonFilterParams, filterOptions: textOptions },
      };
  }
}

export function customerColumnDefs(t: TFunction, locale: Locale): ColDef<CustomerRow>[] {
  return customerColumnNames.map((column) => ({
    colId: column,
    field: column,
    headerName: t(`columns.${column}`),
    headerTooltip: t(`columns.${column}`),
    width: widths[column] ?? 116,
    ...kindColumn(column, locale),
    ...(column === 'customer_id' ? { pinned: 'left' as const, cellRenderer: CustomerLinkCell } : {}),
    ...(column === 'status' ? { cellRenderer: StatusCell } : {}),
  }));
}
