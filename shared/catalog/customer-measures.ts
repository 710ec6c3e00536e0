// Measures over the customer mart. Risk measures concern non-churned customers only
// (PRODUCT.md §5 "Lifecycle"): a churned customer has no tier, so it is never at risk and
// never counts in CLV at risk.
import type { FilterNode } from '../query/ast';
import type { Aggregate, FieldFormat, MeasureDef } from './types';

const is = (field: string, value: string): FilterNode => ({ kind: 'condition', field, op: '=', value });

const ACTIVE = is('lifecycle', 'active');
// Only customers not churned carry a tier, so the tier alone says at risk — the same condition
// as the grid's Tier filter and the Health page's tier count.
const AT_RISK = is('tier', 'atRisk');
const NOT_CHURNED: FilterNode = { kind: 'condition', field: 'lifecycle', op: 'in', values: ['active', 'prospect'] };

function measure(id: string, format: FieldFormat, aggregate: Aggregate, field?: string, filter?: FilterNode): MeasureDef {
  return {
    id,
    source: 'customer',
    labelKey: `catalog:measures.${id}`,
    helpKey: `catalog:help.${id}`,
    format,
    aggregate,
    ...(field ? { field } : {}),
    ...(filter ? { filter } : {}),
  };
}

export const customerMeasures: readonly MeasureDef[] = [
  measure('customers', 'count', 'count'),
  measure('active_customers', 'count', 'count', undefined, ACTIVE),
  measure('churned_customers', 'count', 'count', undefined, is('lifecycle', 'churned')),
  measure('prospects', 'count', 'count', undefined, is('lifecycle', 'prospect')),
  measure('at_risk_customers', 'count', 'count', undefined, AT_RISK),
  measure('clv_at_risk', 'currency', 'sum', 'clv', AT_RISK),
  measure('warning_customers', 'count', 'count', undefined, is('value_risk', 'warning')),
  measure('avg_health_score', 'score', 'avg', 'health_score', NOT_CHURNED),
  measure('avg_churn_probability', 'probability', 'avg', 'churn_probability', ACTIVE),
  measure('total_clv', 'currency', 'sum', 'clv', NOT_CHURNED),
  measure('revenue', 'currency', 'sum', 'total_amount'),
  {
    id: 'at_risk_share',
    source: 'customer',
    labelKey: 'catalog:measures.at_risk_share',
    helpKey: 'catalog:help.at_risk_share',
    format: 'percent',
    ratio: { numerator: 'at_risk_customers', denominator: 'active_customers' },
  },
];
