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
