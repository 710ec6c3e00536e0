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
  readonly label: { readonly en: string; readonly zh: string };
}

export interface CanonicalTable {
  readonly name: string;
  readonly label: { readonly en: string; readonly zh: string };
  readonly fields: readonly CanonicalField[];
  /** Integer-rowid tables have no text key column: upsert replaces rows with the same natural key. */
  readonly autoKey?: string;
  /** Fields other tables use to reference a customer that may not exist yet. */
  readonly referencesCustomer: boolean;
}

const f = <N extends string>(name: N, type: FieldType, en: string, zh: string, extra: Partial<CanonicalField> = {}): CanonicalField & { readonly name: N } => ({
  ...extra,
  name,
  type,
  label: { en, zh },
});

export const CUSTOMER_STATUS = ['active', 'cancelled'] as const;
export const ORDER_STATUS = ['completed', 'refunded', 'cancelled'] as const;

export const canonicalTables = {
  customers: {
    name: 'customers',
    label: { en: 'Customers', zh: '客户' },
    referencesCustomer: false,
    fields: [
      f('customer_id', 'text', 'Customer ID', '客户ID', { required: true, key: true, generated: true }),
      f('name', 'text', 'Name', '客户名称'),
      f('region', 'text', 'Region', '区域'),
      f('city', 'text', 'City', '城市'),
      f('industry', 'text', 'Industry', '行业'),
      f('segment', 'text', 'Segment', '客户分群'),
      f('owner', 'text', 'Account manager', '客户经理'),
      f('signup_date', 'date', 'Signup date', '注册日期'),
      f('contract_end', 'date', 'Contract end', '合同到期'),
      f('status', 'enum', 'Status', '状态', { values: CUSTOMER_STATUS }),
      f('churned', 'boolean', 'Churned (yes/no)', '是否流失', { writes: 'status' }),
      f('active', 'boolean', 'Active (yes/no)', '是否活跃', { writes: 'status' }),
      f('cancel_date', 'date', 'Cancel date', '流失日期'),
      f('cancel_reason', 'text', 'Cancel reason', '流失原因'),
    ],
  },
  orders: {
    name: 'orders',
    label: { en: 'Orders', zh: '订单' },
    referencesCustomer: true,
    fields: [
      f('order_id', 'text', 'Order ID', '订单号', { required: true, key: true, generated: true }),
      f('customer_id', 'text', 'Customer ID', '客户ID', { required: true }),
      f('order_date', 'datetime', 'Order date', '下单时间', { required: true }),
      f('amount', 'decimal', 'Amount', '金额'),
      f('quantity', 'decimal', 'Quantity', '数量'),
      f('product', 'text', 'Product', '商品'),
      f('category', 'text', 'Category', '品类'),
      f('channel', 'text', 'Channel', '渠道'),
      f('discount', 'decimal', 'Discount', '折扣'),
      f('status', 'enum', 'Order status', '订单状态', { values: ORDER_STATUS }),
    ],
  },
  activities: {
    name: 'activities',
    label: { en: 'Activities', zh: '活跃行为' },
    referencesCustomer: true,
    autoKey: 'activity_id',
    fields: [
      f('customer_id', 'text', 'Customer ID', '客户ID', { required: true, key: true }),
      f('activity_date', 'datetime', 'Date', '日期', { required: true, key: true }),
      f('kind', 'text', 'Kind', '行为类型', { key: true }),
      f('count', 'integer', 'Count', '次数'),
      f('duration', 'decimal', 'Duration', '时长'),
    ],
  },
  tickets: {
    name: 'tickets',
    label: { en: 'Tickets', zh: '服务工单' },
    referencesCustomer: true,
    fields: [
      f('ticket_id', 'text', 'Ticket ID', '工单号', { required: true, key: true, generated: true }),
      f('customer_id', 'text', 'Customer ID', '客户ID', { required: true }),
      f('opened_at', 'datetime', 'Opened at', '创建时间', { required: true }),
      f('first_response_at', 'datetime', 'First response at', '首次响应时间'),
      f('resolved_at', 'datetime', 'Resolved at', '解决时间'),
      f('kind', 'text', 'Kind', '工单类型'),
      f('severity', 'text', 'Severity', '严重程度'),
      f('satisfaction', 'decimal', 'Satisfaction', '满意度'),
    ],
  },
  surveys: {
    name: 'surveys',
    label: { en: 'Surveys', zh: '满意度调研' },
    referencesCustomer: true,
    autoKey: 'survey_id',
    fields: [
      f('customer_id', 'text', 'Customer ID', '客户ID', { required: true, key: true }),
      f('survey_date', 'date', 'Date', '调研日期', { required: true, key: true }),
      f('kind', 'enum', 'Kind (CSAT/NPS)', '类型', { required: true, key: true, values: ['csat', 'nps'] }),
      f('score', 'decimal', 'Score', '评分', { required: true }),
      f('comment', 'text', 'Comment', '评论'),
    ],
  },
  market_signals: {
    name: 'market_signals',
    label: { en: 'Market signals', zh: '竞品信号' },
    referencesCustomer: true,
    autoKey: 'signal_id',
    fields: [
      f('customer_id', 'text', 'Customer ID', '客户ID', { required: true, key: true }),
      f('signal_date', 'date', 'Date', '日期', { required: true, key: true }),
      f('competitor', 'text', 'Competitor', '竞争对手', { key: true }),
      f('kind', 'text', 'Kind', '信号类型', { required: true, key: true }),
    ],
  },
  campaigns: {
    name: 'campaigns',
    label: { en: 'Campaigns', zh: '挽留活动' },
    referencesCustomer: false,
    fields: [
      f('campaign_id', 'text', 'Campaign ID', '活动ID', { required: true, key: true }),
      f('name', 'text', 'Name', '活动名称', { required: true }),
      f('playbook', 'text', 'Playbook', '策略'),
      f('channel', 'text', 'Channel', '渠道'),
      f('cost_per_contact', 'decimal', 'Cost per contact', '单次触达成本'),
      f('start_date', 'date', 'Start', '开始日期'),
      f('end_date', 'date', 'End', '结束日期'),
      f('control_share', 'percent', 'Control share', '对照组比例'),
    ],
  },
  actions: {
    name: 'actions',
    label: { en: 'Actions', zh: '挽留动作' },
    referencesCustomer: true,
    autoKey: 'action_id',
    fields: [
      f('campaign_id', 'text', 'Campaign ID', '活动ID', { key: true }),
      f('customer_id', 'text', 'Customer ID', '客户ID', { required: true, key: true }),
      f('action_date', 'date', 'Date', '日期', { required: true, key: true }),
      f('owner', 'text', 'Owner', '执行人'),
      f('kind', 'text', 'Kind', '动作类型'),
      f('cost', 'decimal', 'Cost', '成本'),
      f('grp', 'enum', 'Group', '分组', { required: true, values: ['treatment', 'control'] }),
      f('outcome', 'text', 'Outcome', '结果'),
    ],
  },
} as const satisfies Record<string, CanonicalTable>;

export type CanonicalTableName = keyof typeof canonicalTables;
export const canonicalTableNames = Object.keys(canonicalTables) as [CanonicalTableName, ...CanonicalTableName[]];

type FieldsOf<T> = T extends { fields: readonly (infer F)[] } ? (F extends { name: infer N } ? N : never) : never;
export type MappingFieldName = FieldsOf<(typeof canonicalTables)[CanonicalTableName]>;
export const mappingFieldNames = [
  ...new Set(Object.values(canonicalTables).flatMap((t) => t.fields.map((x) => x.name))),
] as [MappingFieldName, ...MappingFieldName[]];

export function isCanonicalTable(name: string): name is CanonicalTableName {
  return Object.prototype.hasOwnProperty.call(canonicalTables, name);
}

export function tableSpec(name: CanonicalTableName): CanonicalTable {
  return canonicalTables[name];
}

export function fieldSpec(table: CanonicalTableName, field: string): CanonicalField | undefined {
  return tableSpec(table).fields.find((x) => x.name === field);
}
