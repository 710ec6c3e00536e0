// AG Grid infinite-row-model datasource over customers.list: each block of rows is one page
// request (offset/limit from the block's row range) with the grid's sort and filters; the
// rows arrive with their latest scores.
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { AppError } from '../../../shared/contract/errors';
import type { CustomerRow } from '../../../shared/contract/operations';
import { invoke } from '../../api/client';
import { asAppError } from '../../api/use-operation';
import { translateFilterModel, translateSortModel } from './filter-model';

export interface CustomerDatasourceHooks {
  quickFilter(): string;
  onTotal(total: number, filtered: boolean): void;
  onIgnored(columns: string[]): void;
  onError(error: AppError | null): void;
}

export function customerDatasource(hooks: CustomerDatasourceHooks): IDatasource {
  return {
    getRows(params: IGetRowsParams<CustomerRow>) {
      const { filters, filter, ignored } = translateFilterModel(params.filterModel);
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
