// A small catalog for the query compiler tests: one field of every type, a JSON attribute
// with an awkward key, a number with a previous-snapshot column, saved-segment membership, and a
// few measures.
import type { FieldDef, MeasureDef } from '../../../shared/catalog/types';

const field = (def: Omit<FieldDef, 'group' | 'labelKey' | 'format'> & Partial<FieldDef>): FieldDef => ({
  group: 'profile',
  labelKey: `field.${def.id}`,
  format: 'text',
  ...def,
});

export const FIELDS: readonly FieldDef[] = [
  field({ id: 'name', source: 'customer', type: 'text', column: 'name' }),
  field({ id: 'tier', source: 'customer', type: 'enum', column: 'tier', values: ['healthy', 'watch', 'atRisk'] }),
  field({ id: 'spend', source: 'customer', type: 'number', column: 'spend', previousColumn: 'spend_prev' }),
  field({ id: 'tenure', source: 'customer', type: 'number', column: 'tenure' }),
  field({ id: 'signup', source: 'customer', type: 'date', column: 'signup' }),
  field({ id: 'active', source: 'customer', type: 'boolean', column: 'active' }),
  // The key holds a quote, a backslash and a dot: it must travel as a bound value.
  field({ id: 'attr_region', source: 'customer', group: 'attributes', type: 'text', column: 'attrs', attributeKey: 'reg"i\\o.n' }),
  field({ id: 'churned_month', source: 'churn_month', type: 'date', column: 'month' }),
  // Membership of saved segments: values are segment ids, resolved by the test's resolver.
  field({ id: 'saved_segment', source: 'customer', group: 'segments', type: 'enum', format: 'code', column: 'customer_id', membership: true }),
];

export const MEASURES: readonly MeasureDef[] = [
  { id: 'customers', source: 'customer', labelKey: 'm.customers', format: 'count', aggregate: 'count' },
  {
    id: 'active_customers',
    source: 'customer',
    labelKey: 'm.active',
    format: 'count',
    aggregate: 'count',
    filter: { kind: 'condition', field: 'active', op: '=', value: true },
  },
  { id: 'total_spend', source: 'customer', labelKey: 'm.spend', format: 'currency', aggregate: 'sum', field: 'spend' },
  {
    id: 'at_risk_spend',
    source: 'customer',
    labelKey: 'm.riskSpend',
    format: 'currency',
    aggregate: 'sum',
    field: 'spend',
    filter: { kind: 'condition', field: 'tier', op: '=', value: 'atRisk' },
  },
  { id: 'tiers', source: 'customer', labelKey: 'm.tiers', format: 'count', aggregate: 'count_distinct', field: 'tier' },
  { id: 'active_share', source: 'customer', labelKey: 'm.share', format: 'percent', ratio: { numerator: 'active_customers', denominator: 'customers' } },
  { id: 'churned', source: 'churn_month', labelKey: 'm.churned', format: 'count', aggregate: 'count' },
];

export const resolveField = (id: string): FieldDef | undefined => FIELDS.find((f) => f.id === id);
export const resolveMeasure = (id: string): MeasureDef | undefined => MEASURES.find((m) => m.id === id);
