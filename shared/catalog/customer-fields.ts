// Fields of the customer mart (one row per customer as of the newest snapshot): the customer's
// own columns, its lifecycle, purchase aggregates and scores. Field ids are PRODUCT.md's names;
// the column is the mart column of the same name. Snapshot features follow in feature-fields.ts.
import { RFM_SEGMENTS, RFM_VALUE_CLASSES } from '../models/rfm';
import { SAVED_SEGMENT_FIELD } from '../segments/definition';
import { reasonTypes } from '../scoring/reason-types';
import type { FieldDef, FieldFormat, FieldGroup, FieldType } from './types';

export const TIER_CODES = ['healthy', 'watch', 'atRisk'] as const;
export const LIFECYCLE_CODES = ['active', 'churned', 'prospect'] as const;
export const CHURN_KIND_CODES = ['implicit', 'cancelled', 'contract_end', 'flag'] as const;
export const CONTRACT_STATUS_CODES = ['active', 'cancelled'] as const;
export const VALUE_TIER_CODES = ['high', 'medium', 'low'] as const;
export const VALUE_RISK_CODES = ['highValue', 'potential', 'warning', 'lowValue'] as const;
/** Codes the scoring writes; the catalog lists exactly them (one list each, kept where they are computed). */
export const REASON_TYPE_CODES = reasonTypes;
export const RFM_SEGMENT_CODES = RFM_SEGMENTS;
export const RFM_CLASS_CODES = RFM_VALUE_CLASSES;

interface Options {
  values?: readonly string[];
  previousColumn?: string;
}

function field(id: string, group: FieldGroup, type: FieldType, format: FieldFormat, options: Options = {}): FieldDef {
  const valueLabelPrefix = options.values ? `catalog:values.${id}` : undefined;
  return {
    id,
    source: 'customer',
    group,
    labelKey: `catalog:fields.${id}`,
    type,
    format,
    column: id,
    ...(options.values ? { values: options.values, valueLabelPrefix } : {}),
    ...(options.previousColumn ? { previousColumn: options.previousColumn } : {}),
  };
}

export const customerFields: readonly FieldDef[] = [
  field('customer_id', 'profile', 'text', 'code'),
  field('name', 'profile', 'text', 'text'),
  field('region', 'profile', 'text', 'text'),
  field('city', 'profile', 'text', 'text'),
  field('industry', 'profile', 'text', 'text'),
  field('segment', 'profile', 'text', 'text'),
  field('owner', 'profile', 'text', 'text'),
  field('signup_date', 'profile', 'date', 'date'),
  field('contract_end', 'profile', 'date', 'date'),
  // The contract status as imported (在约/已解约) — not the lifecycle (活跃/已流失/潜在).
  field('status', 'profile', 'enum', 'code', { values: CONTRACT_STATUS_CODES }),
  field('cancel_date', 'profile', 'date', 'date'),
  field('cancel_reason', 'profile', 'text', 'text'),

  field('lifecycle', 'lifecycle', 'enum', 'code', { values: LIFECYCLE_CODES }),
  field('churn_date', 'lifecycle', 'date', 'date'),
  field('churn_kind', 'lifecycle', 'enum', 'code', { values: CHURN_KIND_CODES }),

  field('order_count', 'purchases', 'number', 'count'),
  field('total_amount', 'purchases', 'number', 'currency'),
  field('first_order_date', 'purchases', 'date', 'date'),
  field('last_order_date', 'purchases', 'date', 'date'),

  field('health_score', 'scores', 'number', 'score', { previousColumn: 'prev_health_score' }),
  field('health_change', 'scores', 'number', 'score'),
  field('tier', 'scores', 'enum', 'code', { values: TIER_CODES }),
  field('churn_probability', 'scores', 'number', 'probability', { previousColumn: 'prev_churn_probability' }),
  field('p_alive', 'scores', 'number', 'probability', { previousColumn: 'prev_p_alive' }),
  field('clv', 'scores', 'number', 'currency', { previousColumn: 'prev_clv' }),
  field('expected_purchases_90d', 'scores', 'number', 'number'),
  field('top_reason', 'scores', 'enum', 'code', { values: REASON_TYPE_CODES }),

  field('rfm_r', 'rfm', 'number', 'number'),
  field('rfm_f', 'rfm', 'number', 'number'),
  field('rfm_m', 'rfm', 'number', 'number'),
  field('rfm_segment', 'rfm', 'enum', 'code', { values: RFM_SEGMENT_CODES }),
  field('rfm_class', 'rfm', 'enum', 'code', { values: RFM_CLASS_CODES }),
  field('value_tier', 'rfm', 'enum', 'code', { values: VALUE_TIER_CODES }),
  field('value_risk', 'rfm', 'enum', 'code', { values: VALUE_RISK_CODES }),

  // Saved segments: the codes are the workspace's segment ids, so the catalog lists none.
  { ...field(SAVED_SEGMENT_FIELD, 'segments', 'enum', 'code'), column: 'customer_id', membership: true },
];
