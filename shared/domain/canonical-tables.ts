// The canonical tables of PRODUCT.md §4 as the importer sees them: every field a source column
// may be mapped onto, its type, and which fields form the upsert key. This is the whitelist
// import SQL is compiled against — a table or column name never reaches SQL unless it is here.
// Kept in step with electron/store/migrations/001-initial.ts.

export type FieldType = 'text' | 'integer' | 'decimal' | 'percent' | 'boolean' | 'date' | 'datetime' | 'enum';

export interface CanonicalField {
  /** Column in the table, or a mapping-only field written into another column (see `writes`). */
  readonly name: string;
  readonly type: FieldType;
  readonly required?: boolean;
  /** Part of the natural key used by upsert. */
  readonly key?: boolean;
  /** Generated from the row when no source column is mapped (keys of header-less exports). */
  readonly generated?: boolean;
  /** Enum values as stored. */
  readonly values?: readonly string[];
  /** Mapping-only fields: the column they set. */
  readonly writes?: string;
}

export interface CanonicalTable {
  readonly name: string;
  readonly fields: readonly CanonicalField[];
  /** Integer-rowid tables have no text key column: upsert replaces rows with the same natural key. */
  readonly autoKey?: string;
  /** Fields other tables use to reference a customer that may not exist yet. */
  readonly referencesCustomer: boolean;
}

// Labels live in the i18n resources only: `data:canonical.tables.<table>` and
// `data:canonical.fields.<table>.<field>` (see canonical-labels.ts).
const f = <N extends string>(name: N, type: FieldType, extra: Partial<CanonicalField> = {}): CanonicalField & { readonly name: N } => ({
  ...extra,
  name,
  type,
});

export const CUSTOMER_STATUS = ['active', 'cancelled'] as const;
export const ORDER_STATUS = ['completed', 'refunded', 'cancelled'] as const;

export const canonicalTables = {
  customers: {
    name: 'customers',
    referencesCustomer: false,
    fields: [
      f('customer_id', 'text', { required: true, key: true, generated: true }),
      f('name', 'text'),
      f('region', 'text'),
      f('city', 'text'),
      f('industry', 'text'),
      f('segment', 'text'),
      f('owner', 'text'),
      f('signup_date', 'date'),
      f('contract_end', 'date'),
      f('status', 'enum', { values: CUSTOMER_STATUS }),
      f('churned', 'boolean', { writes: 'status' }),
      f('active', 'boolean', { writes: 'status' }),
      f('cancel_date', 'date'),
      f('cancel_reason', 'text'),
    ],
  },
  orders: {
    name: 'orders',
    referencesCustomer: true,
    fields: [
      f('order_id', 'text', { required: true, key: true, generated: true }),
      f('customer_id', 'text', { required: true }),
      f('order_date', 'datetime', { required: true }),
      f('amount', 'decimal'),
      f('quantity', 'decimal'),
      f('product', 'text'),
      f('category', 'text'),
      f('channel', 'text'),
      f('discount', 'decimal'),
      f('status', 'enum', { values: ORDER_STATUS }),
    ],
  },
  // One row per item of an order (PRODUCT.md §4, issue 10): the order key repeats. The importer
  // builds `orders` from these (amount = Σ line totals) in the same transaction.
  order_lines: {
    name: 'order_lines',
    referencesCustomer: true,
    fields: [
      f('order_id', 'text', { required: true, key: true }),
      f('line_no', 'integer', { key: true, generated: true }),
      f('customer_id', 'text', { required: true }),
      f('order_date', 'datetime', { required: true }),
      f('product', 'text'),
      f('sku', 'text'),
      f('category', 'text'),
      f('quantity', 'decimal'),
      f('unit_price', 'decimal'),
      f('amount', 'decimal'),
      f('status', 'enum', { values: ORDER_STATUS }),
    ],
  },
  activities: {
    name: 'activities',
    referencesCustomer: true,
    autoKey: 'activity_id',
    fields: [
      f('customer_id', 'text', { required: true, key: true }),
      f('activity_date', 'datetime', { required: true, key: true }),
      f('kind', 'text', { key: true }),
      f('count', 'integer'),
      f('duration', 'decimal'),
    ],
  },
  tickets: {
    name: 'tickets',
    referencesCustomer: true,
    fields: [
      f('ticket_id', 'text', { required: true, key: true, generated: true }),
      f('customer_id', 'text', { required: true }),
      f('opened_at', 'datetime', { required: true }),
      f('first_response_at', 'datetime'),
      f('resolved_at', 'datetime'),
      f('kind', 'text'),
      f('severity', 'text'),
      f('satisfaction', 'decimal'),
    ],
  },
  surveys: {
    name: 'surveys',
    referencesCustomer: true,
    autoKey: 'survey_id',
    fields: [
      f('customer_id', 'text', { required: true, key: true }),
      f('survey_date', 'date', { required: true, key: true }),
      f('kind', 'enum', { required: true, key: true, values: ['csat', 'nps'] }),
      f('score', 'decimal', { required: true }),
      f('comment', 'text'),
    ],
  },
  market_signals: {
    name: 'market_signals',
    referencesCustomer: true,
    autoKey: 'signal_id',
    fields: [
      f('customer_id', 'text', { required: true, key: true }),
      f('signal_date', 'date', { required: true, key: true }),
      f('competitor', 'text', { key: true }),
      f('kind', 'text', { required: true, key: true }),
    ],
  },
  campaigns: {
    name: 'campaigns',
    referencesCustomer: false,
    fields: [
      f('campaign_id', 'text', { required: true, key: true }),
      f('name', 'text', { required: true }),
      f('playbook', 'text'),
      f('channel', 'text'),
      f('cost_per_contact', 'decimal'),
      f('start_date', 'date'),
      f('end_date', 'date'),
      f('control_share', 'percent'),
    ],
  },
  actions: {
    name: 'actions',
    referencesCustomer: true,
    autoKey: 'action_id',
    fields: [
      f('campaign_id', 'text', { key: true }),
      f('customer_id', 'text', { required: true, key: true }),
      f('action_date', 'date', { required: true, key: true }),
      f('owner', 'text'),
      f('kind', 'text'),
      f('cost', 'decimal'),
      f('grp', 'enum', { required: true, values: ['treatment', 'control'] }),
      f('outcome', 'text'),
    ],
  },
} as const satisfies Record<string, CanonicalTable>;

export type CanonicalTableName = keyof typeof canonicalTables;
export const canonicalTableNames = Object.keys(canonicalTables) as [CanonicalTableName, ...CanonicalTableName[]];

type FieldsOf<T> = T extends { fields: readonly (infer F)[] } ? (F extends { name: infer N } ? N : never) : never;
export type MappingFieldName = FieldsOf<(typeof canonicalTables)[CanonicalTableName]>;
export const mappingFieldNames = [...new Set(Object.values(canonicalTables).flatMap((t) => t.fields.map((x) => x.name)))] as [MappingFieldName, ...MappingFieldName[]];

export function isCanonicalTable(name: string): name is CanonicalTableName {
  return Object.prototype.hasOwnProperty.call(canonicalTables, name);
}

export function tableSpec(name: CanonicalTableName): CanonicalTable {
  return canonicalTables[name];
}

export function fieldSpec(table: CanonicalTableName, field: string): CanonicalField | undefined {
  return tableSpec(table).fields.find((x) => x.name === field);
}
