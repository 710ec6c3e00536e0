// The customer columns the analyst may sort and filter on. This list is the whitelist the
// store compiles grid requests against: a column name never reaches SQL unless it is here.
export const customerColumns = {
  customer_id: { kind: 'text' },
  name: { kind: 'text' },
  region: { kind: 'text' },
  city: { kind: 'text' },
  industry: { kind: 'text' },
  segment: { kind: 'text' },
  owner: { kind: 'text' },
  signup_date: { kind: 'date' },
  contract_end: { kind: 'date' },
  status: { kind: 'text' },
  cancel_date: { kind: 'date' },
  cancel_reason: { kind: 'text' },
  order_count: { kind: 'number' },
  total_amount: { kind: 'number' },
  last_order_date: { kind: 'date' },
} as const;

export type CustomerColumn = keyof typeof customerColumns;
export type ColumnKind = (typeof customerColumns)[CustomerColumn]['kind'];
export const customerColumnNames = Object.keys(customerColumns) as [CustomerColumn, ...CustomerColumn[]];

/**
 * Scores of the latest snapshot, joined to each customer for the grid (NULL when the customer
 * is not in it). Tier values are the codes healthy, watch and atRisk.
 */
export const customerScoreColumns = {
  health_score: { kind: 'number' },
  tier: { kind: 'text' },
  churn_probability: { kind: 'number' },
  p_alive: { kind: 'number' },
  clv: { kind: 'number' },
} as const;

export type CustomerScoreColumn = keyof typeof customerScoreColumns;

/** Everything customers.list may sort and filter on: the customer's own columns and its scores. */
export const customerListColumns = { ...customerColumns, ...customerScoreColumns } as const;
export type CustomerListColumn = keyof typeof customerListColumns;
export const customerListColumnNames = Object.keys(customerListColumns) as [CustomerListColumn, ...CustomerListColumn[]];

export function isCustomerScoreColumn(name: string): name is CustomerScoreColumn {
  return Object.prototype.hasOwnProperty.call(customerScoreColumns, name);
}

export function isCustomerListColumn(name: string): name is CustomerListColumn {
  return Object.prototype.hasOwnProperty.call(customerListColumns, name);
}
