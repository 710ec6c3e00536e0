// Fields and measures over the campaign members (view campaign_member_facts, migration 012: one
// row per campaign × member with its frozen group, owner, tier and value × risk group, the
// measured outcome `success` 1/0/NULL, CLV and the member's share of the campaign's cost). The
// rates count measured members only, like computeCampaignEffect (electron/store/campaigns/
// effect.ts), so a campaign-review widget and the effect read the same numbers: treatment rate =
// successes ÷ measured in the treatment group, uplift = treatment rate − control rate, saved
// customers = uplift × measured treated, saved value = saved customers × the treated members'
// mean CLV, ROI = (saved value − cost) ÷ cost.
import type { FilterNode } from '../query/ast';
import { TIER_CODES, VALUE_RISK_CODES } from './customer-fields';
import type { Aggregate, FieldDef, FieldFormat, FieldType, MeasureDef } from './types';

export const CAMPAIGN_GROUPS = ['treatment', 'control'] as const;

interface Options {
  column?: string;
  values?: readonly string[];
  /** Enum labels shared with the customer field of the same codes. */
  valueLabels?: string;
}

function field(id: string, type: FieldType, format: FieldFormat, options: Options = {}): FieldDef {
  return {
    id,
    source: 'campaign_member',
    group: 'campaigns',
    labelKey: `catalog:fields.${id}`,
    type,
    format,
    column: options.column ?? id,
    ...(options.values ? { values: options.values, valueLabelPrefix: `catalog:values.${options.valueLabels ?? id}` } : {}),
  };
}

export const campaignMemberFields: readonly FieldDef[] = [
  field('campaign_id', 'text', 'code'),
  field('campaign_name', 'text', 'text'),
  field('campaign_start', 'date', 'date', { column: 'start_date' }),
  field('customer_id', 'text', 'code'),
  field('campaign_group', 'enum', 'code', { column: 'grp', values: CAMPAIGN_GROUPS }),
  field('owner', 'text', 'text'),
  field('tier', 'enum', 'code', { values: TIER_CODES }),
  field('value_risk', 'enum', 'code', { values: VALUE_RISK_CODES }),
  field('success', 'number', 'number'),
  field('clv', 'number', 'currency'),
  field('cost', 'number', 'currency'),
];

const inGroup = (group: (typeof CAMPAIGN_GROUPS)[number]): FilterNode => ({ kind: 'condition', field: 'campaign_group', op: '=', value: group });
const TREATMENT = inGroup('treatment');
const CONTROL = inGroup('control');

const described = (id: string, format: FieldFormat) => ({ id, source: 'campaign_member' as const, labelKey: `catalog:measures.${id}`, helpKey: `catalog:help.${id}`, format });

function aggregate(id: string, format: FieldFormat, kind: Aggregate, fieldId?: string, filter?: FilterNode): MeasureDef {
  return { ...described(id, format), aggregate: kind, ...(fieldId ? { field: fieldId } : {}), ...(filter ? { filter } : {}) };
}

const ratio = (id: string, format: FieldFormat, numerator: string, denominator: string): MeasureDef => ({ ...described(id, format), ratio: { numerator, denominator } });

const arithmetic = (id: string, format: FieldFormat, op: 'difference' | 'product', left: string, right: string): MeasureDef => ({
  ...described(id, format),
  arithmetic: { op, left, right },
});

export const campaignMemberMeasures: readonly MeasureDef[] = [
  aggregate('members', 'count', 'count'),
  aggregate('treated', 'count', 'count', undefined, TREATMENT),
  aggregate('controls', 'count', 'count', undefined, CONTROL),
  // count of a field counts its non-NULL values: the members whose outcome is measured.
  aggregate('treated_measured', 'count', 'count', 'success', TREATMENT),
  aggregate('controls_measured', 'count', 'count', 'success', CONTROL),
  aggregate('treated_successes', 'count', 'sum', 'success', TREATMENT),
  aggregate('control_successes', 'count', 'sum', 'success', CONTROL),
  ratio('treatment_rate', 'percent', 'treated_successes', 'treated_measured'),
  ratio('control_rate', 'percent', 'control_successes', 'controls_measured'),
  arithmetic('uplift', 'percent', 'difference', 'treatment_rate', 'control_rate'),
  arithmetic('saved_customers', 'number', 'product', 'uplift', 'treated_measured'),
  aggregate('treated_mean_clv', 'currency', 'avg', 'clv', TREATMENT),
  arithmetic('saved_value', 'currency', 'product', 'saved_customers', 'treated_mean_clv'),
  aggregate('campaign_cost', 'currency', 'sum', 'cost'),
  arithmetic('net_value', 'currency', 'difference', 'saved_value', 'campaign_cost'),
  ratio('roi', 'percent', 'net_value', 'campaign_cost'),
];
