// Fields and measures over the monthly churn facts (churn_facts_monthly: customer-month facts
// aggregated by profile dimensions at refresh) and the cohort facts (cohort_facts_monthly).
// Churn rate = churned in the month / active at its start (PRODUCT.md §5); customers acquired
// during the month count in neither.
import type { FieldDef, FieldFormat, FieldType, MeasureDef, SourceId } from './types';

function factField(source: SourceId, id: string, type: FieldType, format: FieldFormat): FieldDef {
  return { id, source, group: id === 'month' || id === 'cohort_month' || id === 'period' ? 'lifecycle' : 'profile', labelKey: `catalog:fields.${id}`, type, format, column: id };
}

const dimensions = ['region', 'city', 'owner', 'industry', 'segment'] as const;
/** cohort_facts_monthly has no city column (migration 006): a city filter does not apply to cohorts. */
const cohortDimensions = ['region', 'owner', 'industry', 'segment'] as const;

export const churnMonthFields: readonly FieldDef[] = [
  factField('churn_month', 'month', 'text', 'code'),
  ...dimensions.map((id) => factField('churn_month', id, 'text', 'text')),
  factField('churn_month', 'active_at_start', 'number', 'count'),
  factField('churn_month', 'churned', 'number', 'count'),
  factField('churn_month', 'acquired', 'number', 'count'),
  factField('churn_month', 'returned', 'number', 'count'),
];

export const cohortMonthFields: readonly FieldDef[] = [
  factField('cohort_month', 'cohort_month', 'text', 'code'),
  factField('cohort_month', 'period', 'number', 'number'),
  ...cohortDimensions.map((id) => factField('cohort_month', id, 'text', 'text')),
  factField('cohort_month', 'customers', 'number', 'count'),
  factField('cohort_month', 'active', 'number', 'count'),
];

const sum = (source: SourceId, id: string, field: string, format: FieldFormat = 'count'): MeasureDef => ({
  id,
  source,
  labelKey: `catalog:measures.${id}`,
  format,
  aggregate: 'sum',
  field,
});

export const churnMonthMeasures: readonly MeasureDef[] = [
  sum('churn_month', 'active_at_start', 'active_at_start'),
  sum('churn_month', 'churned', 'churned'),
  sum('churn_month', 'acquired', 'acquired'),
  sum('churn_month', 'returned', 'returned'),
  {
    id: 'churn_rate',
    source: 'churn_month',
    labelKey: 'catalog:measures.churn_rate',
    helpKey: 'catalog:help.churn_rate',
    format: 'percent',
    ratio: { numerator: 'churned', denominator: 'active_at_start' },
  },
  {
    // 挽回率 of the cockpit: customers who came back (a new spell after a churn) per customer
    // who churned, over the same months.
    id: 'winback_rate',
    source: 'churn_month',
    labelKey: 'catalog:measures.winback_rate',
    helpKey: 'catalog:help.winback_rate',
    format: 'percent',
    ratio: { numerator: 'returned', denominator: 'churned' },
  },
];

export const cohortMonthMeasures: readonly MeasureDef[] = [
  sum('cohort_month', 'cohort_customers', 'customers'),
  sum('cohort_month', 'cohort_active', 'active'),
  {
    id: 'retention_rate',
    source: 'cohort_month',
    labelKey: 'catalog:measures.retention_rate',
    helpKey: 'catalog:help.retention_rate',
    format: 'percent',
    ratio: { numerator: 'cohort_active', denominator: 'cohort_customers' },
  },
];
