// The Customers grid's columns: a chosen list of catalog fields of the customer source
// (shared/catalog), each headed by its catalog label, formatted by its catalog format, and
// filtered with the operators customers.list can run — text, number and date filters, a set
// filter for enum codes, the lifecycle-aware tier filter. Reasons (a ranked list, not a catalog
// field) come after the scores and neither sort nor filter.
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import type { CustomerRow } from '../../../shared/contract/operations';
import type { FieldDef } from '../../../shared/catalog/types';
import { defaultTierThresholds } from '../../../shared/domain/tiers';
import { formatDate } from '../../../shared/i18n/format';
import { formatFieldValue } from '../../../shared/i18n/format-kind';
import type { Locale } from '../../../shared/i18n/locales';
import type { CatalogLabels } from '../../i18n/catalog-label';
import { LifecycleTag, type Lifecycle } from '../../components/LifecycleTag';
import { CustomerLinkCell } from './CustomerLinkCell';
import { EnumFilter, type EnumFilterParams } from './EnumFilter';
import { gridField } from './filter-model';
import { formatPercentInput, parsePercent } from './score-columns';
import { HealthScoreCell, LifecycleCell, ReasonsCell, TierCell } from './ScoreCells';
import { StatusCell } from './StatusCell';
import { TierFilter } from './TierFilter';

type ScoringT = TFunction<'scoring'>;

/** The grid's columns in order (catalog field ids, plus `reasons`) and their widths. */
export const gridColumns = [
  { id: 'customer_id', width: 124 },
  { id: 'name', width: 150 },
  { id: 'lifecycle', width: 116 },
  { id: 'health_score', width: 96 },
  { id: 'tier', width: 108 },
  { id: 'churn_probability', width: 112 },
  { id: 'p_alive', width: 100 },
  { id: 'clv', width: 116 },
  { id: 'reasons', width: 240 },
  { id: 'status', width: 104 },
  { id: 'region', width: 96 },
  { id: 'city', width: 96 },
  { id: 'industry', width: 110 },
  { id: 'segment', width: 110 },
  { id: 'owner', width: 116 },
  { id: 'signup_date', width: 112 },
  { id: 'contract_end', width: 116 },
  { id: 'cancel_date', width: 112 },
  { id: 'cancel_reason', width: 150 },
  { id: 'order_count', width: 88 },
  { id: 'total_amount', width: 124 },
  { id: 'last_order_date', width: 116 },
  { id: 'churn_date', width: 112 },
  { id: 'churn_kind', width: 140 },
] as const satisfies readonly { id: string; width: number }[];

/** Columns that come from a snapshot: empty until the first refresh. */
export const scoreColumnIds: ReadonlySet<string> = new Set(['lifecycle', 'health_score', 'tier', 'churn_probability', 'p_alive', 'clv', 'reasons', 'churn_date', 'churn_kind']);

const textOptions = ['contains', 'notContains', 'equals', 'notEqual', 'startsWith', 'endsWith', 'blank', 'notBlank'];
const numberOptions = ['equals', 'notEqual', 'greaterThan', 'greaterThanOrEqual', 'lessThan', 'lessThanOrEqual', 'inRange', 'blank', 'notBlank'];
// Date presets ("last 30 days") are left out: they would need the data date, not the clock.
const dateOptions = ['equals', 'notEqual', 'lessThan', 'greaterThan', 'inRange', 'blank', 'notBlank'];

// Filters wait for the analyst to pause typing; every change is a server round trip.
const commonFilterParams = { maxNumConditions: 2, defaultJoinOperator: 'AND', debounceMs: 400, buttons: ['reset'] } as const;

/** A number column filter limited to the operators customers.list can run. */
export function numberFilter(extra: Record<string, unknown> = {}): Pick<ColDef<CustomerRow>, 'filter' | 'filterParams'> {
  return { filter: 'agNumberColumnFilter', filterParams: { ...commonFilterParams, filterOptions: numberOptions, inRangeInclusive: true, ...extra } };
}

const percentFilter = () => numberFilter({ numberParser: parsePercent, numberFormatter: formatPercentInput, allowedCharPattern: '\\d\\-\\.%' });

type Formatter = (p: ValueFormatterParams<CustomerRow>) => string;

function numberFormatter(field: FieldDef, locale: Locale): Formatter {
  // The one format of the field's kind: the same figure reads the same on Customer 360.
  return (p) => formatFieldValue(p.value, field.format, locale) ?? '';
}

/** Filter, format and renderer of a catalog field, by its type and format. */
function typedColumn(field: FieldDef, labels: CatalogLabels, locale: Locale): ColDef<CustomerRow> {
  switch (field.type) {
    case 'number':
      return {
        ...(field.format === 'probability' ? percentFilter() : numberFilter()),
        type: 'rightAligned',
        valueFormatter: numberFormatter(field, locale),
      };
    case 'date':
      return {
        filter: 'agDateColumnFilter',
        filterParams: { ...commonFilterParams, filterOptions: dateOptions, inRangeInclusive: true },
        valueFormatter: (p) => (typeof p.value === 'string' ? formatDate(p.value, locale) : ''),
      };
    case 'enum': {
      const params: EnumFilterParams = field.id === 'lifecycle' ? { renderCode: (code) => <LifecycleTag lifecycle={code as Lifecycle} /> } : {};
      return {
        filter: EnumFilter,
        filterParams: params,
        valueFormatter: (p) => (typeof p.value === 'string' ? labels.value(field.id, p.value) : ''),
        tooltipValueGetter: (p) => (typeof p.value === 'string' ? labels.value(field.id, p.value) : null),
      };
    }
    default:
      // Names, cities, reasons as imported can be longer than the column: the whole text on hover.
      return {
        filter: 'agTextColumnFilter',
        filterParams: { ...commonFilterParams, filterOptions: textOptions },
        tooltipValueGetter: (p) => (typeof p.value === 'string' ? p.value : null),
      };
  }
}

/** Header tooltips of the score columns: their definitions (PRODUCT.md §5). */
function scoreTooltip(id: string, ts: ScoringT): string | null {
  switch (id) {
    case 'health_score':
      return ts('definitions.health');
    case 'tier':
      return ts('definitions.tiers', defaultTierThresholds);
    case 'churn_probability':
      return ts('definitions.churnProbability');
    case 'p_alive':
      return ts('definitions.pAlive');
    case 'clv':
      return ts('definitions.clv');
    case 'reasons':
      return ts('definitions.reasonTypes');
    default:
      return null;
  }
}

/** Cell renderers and filters that are more than the field's type gives. */
function special(id: string): ColDef<CustomerRow> {
  switch (id) {
    case 'customer_id':
      return { pinned: 'left', cellRenderer: CustomerLinkCell };
    case 'lifecycle':
      return { cellRenderer: LifecycleCell };
    case 'status':
      return { cellRenderer: StatusCell };
    case 'health_score':
      return { cellRenderer: HealthScoreCell };
    case 'tier':
      return { cellRenderer: TierCell, filter: TierFilter, filterParams: undefined };
    case 'p_alive':
    case 'clv':
      // A churned customer's P(alive) and CLV are the model's view of a win-back, not of a live
      // customer: shown muted like its health score, so they never read as a healthy account.
      return { cellStyle: (p) => (p.data?.lifecycle === 'churned' ? { color: '#8c8c8c' } : null) };
    default:
      return {};
  }
}

/**
 * `churnNote`: why the latest snapshot has no churn probability (its warning, translated), added
 * to that column's header tooltip so an empty column explains itself; null when it has them.
 */
export function customerColumnDefs(labels: CatalogLabels, ts: ScoringT, locale: Locale, churnNote: string | null = null): ColDef<CustomerRow>[] {
  return gridColumns.map(({ id, width }): ColDef<CustomerRow> => {
    if (id === 'reasons') {
      return {
        colId: 'reasons',
        headerName: ts('columns.reasons'),
        headerTooltip: ts('definitions.reasonTypes'),
        width,
        valueGetter: (p) => p.data?.reasons.map((r) => r.feature).join(',') ?? null,
        cellRenderer: ReasonsCell,
        // Reasons are a ranked list per customer, not a value the host can order or compare.
        sortable: false,
        filter: false,
      };
    }
    const field = gridField(id);
    if (!field) throw new Error(`customers grid: ${id} is not a catalog field of the customer source`);
    const header = labels.field(id);
    const tooltip = scoreTooltip(id, ts) ?? header;
    return {
      colId: id,
      field: id,
      headerName: header,
      headerTooltip: id === 'churn_probability' && churnNote ? `${ts('common.noChurnProbability')}: ${churnNote}\n\n${tooltip}` : tooltip,
      width,
      ...typedColumn(field, labels, locale),
      ...special(id),
    };
  });
}
