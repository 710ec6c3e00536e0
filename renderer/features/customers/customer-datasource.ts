// AG Grid infinite-row-model datasource over customers.list: each block of rows is one page
// request (offset/limit from the block's row range) with the grid's sort and filters; the
// rows arrive with their latest scores.
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { AppError } from '../../../shared/contract/errors';
import type { CustomerRow } from '../../../shared/contract/operations';
import { invoke } from '../../api/client';
import { asAppError } from '../../api/use-operation';
import type { FilterNode } from '../../../shared/query/ast';
import { SAVED_SEGMENT_FIELD } from '../../../shared/segments/definition';
import { translateFilterModel, translateSortModel } from './filter-model';

export interface CustomerDatasourceHooks {
  quickFilter(): string;
  /** Saved segments and lists picked above the grid: customers in at least one of them. */
  segmentIds?(): readonly number[];
  /** A dashboard's drill-through filter (`#/customers?filter=…`), ANDed with the rest. */
  dashboardFilter?(): FilterNode | null;
  onTotal(total: number, filtered: boolean): void;
  onIgnored(columns: string[]): void;
  onError(error: AppError | null): void;
}

/** The column filters' AST and segment membership, both required (AND). */
export function withSegments(filter: FilterNode | undefined, segmentIds: readonly number[]): FilterNode | undefined {
  if (segmentIds.length === 0) return filter;
  const member: FilterNode = { kind: 'condition', field: SAVED_SEGMENT_FIELD, op: 'in', values: [...segmentIds] };
  return filter ? { kind: 'group', op: 'and', children: [filter, member] } : member;
}

/** A dashboard's drill-through filter ANDed with the grid's own. */
export function withDashboardFilter(filter: FilterNode | undefined, dashboard: FilterNode | null): FilterNode | undefined {
  if (!dashboard) return filter;
  return filter ? { kind: 'group', op: 'and', children: [filter, dashboard] } : dashboard;
}

export function customerDatasource(hooks: CustomerDatasourceHooks): IDatasource {
  return {
    getRows(params: IGetRowsParams<CustomerRow>) {
      const translated = translateFilterModel(params.filterModel);
      const { filters, ignored } = translated;
      const filter = withDashboardFilter(withSegments(translated.filter, hooks.segmentIds?.() ?? []), hooks.dashboardFilter?.() ?? null);
      hooks.onIgnored(ignored);
      const quick = hooks.quickFilter().trim().slice(0, 200);
      invoke('customers.list', {
        offset: params.startRow,
        limit: Math.max(1, params.endRow - params.startRow),
        sort: translateSortModel(params.sortModel),
        filters,
        filter,
        quickFilter: quick || undefined,
      }).then(
        ({ rows, total }) => {
          hooks.onError(null);
          hooks.onTotal(total, filters.length > 0 || filter !== undefined || quick.length > 0);
          params.successCallback(rows, total);
        },
        (error: unknown) => {
          hooks.onError(asAppError(error));
          params.failCallback();
        },
      );
    },
  };
}
