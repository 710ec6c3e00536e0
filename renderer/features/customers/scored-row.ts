// Grid rows carry the customer's latest score next to the customers.list columns. The list
// operation has no score columns yet, so each block's scores are fetched by id (snapshot.scores)
// and attached here; sorting and filtering on them is therefore not offered.
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import type { ScoreRow } from '../../../shared/contract/domains/scoring';
import type { CustomerRow } from '../../../shared/contract/operations';
import { invoke } from '../../api/client';

export type ScoredCustomerRow = CustomerRow & { score?: ScoreRow | null };

export function scoreOf(row: ScoredCustomerRow | undefined): ScoreRow | null {
  return row?.score ?? null;
}

/** Wraps a customers datasource so every delivered block also carries its rows' scores. */
export function withScores(inner: IDatasource): IDatasource {
  return {
    getRows(params: IGetRowsParams<CustomerRow>) {
      inner.getRows({
        ...params,
        successCallback: (rows: CustomerRow[], lastRow?: number) => {
          const ids = rows.map((r) => r.customer_id);
          if (ids.length === 0) {
            params.successCallback(rows, lastRow);
            return;
          }
          invoke('snapshot.scores', { customerIds: ids, limit: ids.length }).then(
            ({ rows: scores }) => {
              const byId = new Map(scores.map((s) => [s.customerId, s]));
              params.successCallback(
                rows.map((r): ScoredCustomerRow => ({ ...r, score: byId.get(r.customer_id) ?? null })),
                lastRow,
              );
            },
            // Without scores (no snapshot yet, or an older host) the customers still show.
            () => params.successCallback(rows, lastRow),
          );
        },
      });
    },
  };
}
