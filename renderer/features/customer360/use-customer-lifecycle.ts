// The customer's lifecycle as of the newest snapshot (active / churned with its date and kind /
// prospect) and contract status, read from the customer mart through customers.list — the row
// the Customers grid shows, so the 360 page and the grid say the same. `data` is null before
// the first refresh (the mart is built by it) and while loading.
import { useOperation } from '../../api/use-operation';
import type { CustomerRow } from '../../../shared/contract/operations';

export type CustomerLifecycle = Pick<CustomerRow, 'lifecycle' | 'churn_date' | 'churn_kind' | 'status'>;

export function useCustomerLifecycle(customerId: string): { data: CustomerLifecycle | null; reload: () => void } {
  const list = useOperation('customers.list', { offset: 0, limit: 1, filters: [{ column: 'customer_id', op: 'equals', value: customerId }] });
  const row = list.data?.rows.find((r) => r.customer_id === customerId);
  return { data: row ? { lifecycle: row.lifecycle, churn_date: row.churn_date, churn_kind: row.churn_kind, status: row.status } : null, reload: list.reload };
}
