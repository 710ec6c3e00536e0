// Starter segments the builder offers, each an ordinary filter AST the analyst can edit before
// saving. The four seed groups come from the seeds' segment table (高价值 / 潜力 / 流失预警 / 低价值
// 客户, each with its typical attributes); the RFM group is one template per named RFM segment.
// Filters use catalog field ids only (a test compiles every one against the base catalog), and
// thresholds are relative scores or changes, so they hold on any workspace's scale.
import { RFM_SEGMENT_CODES } from '../catalog/customer-fields';
import type { ConditionNode, FilterNode, FilterValue } from '../query/ast';
import type { SegmentColor } from './definition';

export interface SegmentTemplate {
  readonly id: string;
  readonly labelKey: string;
  readonly descriptionKey: string;
  readonly color: SegmentColor;
  readonly group: 'seed' | 'rfm';
  readonly filter: FilterNode;
}

const is = (field: string, value: FilterValue): ConditionNode => ({ kind: 'condition', field, op: '=', value });
const oneOf = (field: string, values: readonly FilterValue[]): ConditionNode => ({ kind: 'condition', field, op: 'in', values });
const atLeast = (field: string, value: number): ConditionNode => ({ kind: 'condition', field, op: '>=', value });
const atMost = (field: string, value: number): ConditionNode => ({ kind: 'condition', field, op: '<=', value });
const above = (field: string, value: number): ConditionNode => ({ kind: 'condition', field, op: '>', value });
const allOf = (...children: FilterNode[]): FilterNode => ({ kind: 'group', op: 'and', children });
const someOf = (...children: FilterNode[]): FilterNode => ({ kind: 'group', op: 'or', children });

/** Churned customers are won back by other means; every seed template targets live customers. */
const active = is('lifecycle', 'active');

/** "Score dropped ≥ 15 since last snapshot", PRODUCT.md's example warning rule. */
const HEALTH_DROP = -15;
/** 90-day spend at most half of the 90 days before: the seeds' 购买骤降. */
const SPEND_DROP = -0.5;

function template(id: string, group: SegmentTemplate['group'], color: SegmentColor, filter: FilterNode): SegmentTemplate {
  return { id, labelKey: `segments:templates.${id}.name`, descriptionKey: `segments:templates.${id}.description`, color, group, filter };
}

const seedTemplates: readonly SegmentTemplate[] = [
  // 高频购买、高客单: high value tier at low churn risk.
  template('high_value', 'seed', 'gold', allOf(active, is('value_risk', 'highValue'))),
  // 活跃度高、频繁互动: low value today, low risk, and recently buying or more active than before.
  template('potential', 'seed', 'green', allOf(active, is('value_risk', 'potential'), someOf(atLeast('rfm_r', 4), above('active_days_trend', 0)))),
  // 购买骤降、活跃降低: valuable customers at high risk, or whose health or spend just fell sharply.
  template(
    'warning',
    'seed',
    'red',
    allOf(
      active,
      someOf(is('value_risk', 'warning'), allOf(oneOf('value_tier', ['high', 'medium']), someOf(atMost('health_change', HEALTH_DROP), atMost('amount_change_90d', SPEND_DROP)))),
    ),
  ),
  // 低频购买、低活跃度: low value tier, at high risk or buying rarely.
  template('low_value', 'seed', 'grey', allOf(active, is('value_tier', 'low'), someOf(is('value_risk', 'lowValue'), atMost('rfm_f', 2)))),
];

const RFM_COLORS: Readonly<Record<(typeof RFM_SEGMENT_CODES)[number], SegmentColor>> = {
  champions: 'gold',
  loyal: 'green',
  potential_loyalist: 'cyan',
  new: 'blue',
  promising: 'geekblue',
  need_attention: 'orange',
  about_to_sleep: 'volcano',
  at_risk: 'red',
  cant_lose: 'magenta',
  hibernating: 'purple',
  lost: 'grey',
};

const rfmTemplates: readonly SegmentTemplate[] = RFM_SEGMENT_CODES.map((code) => template(`rfm_${code}`, 'rfm', RFM_COLORS[code], is('rfm_segment', code)));

export const SEGMENT_TEMPLATES: readonly SegmentTemplate[] = [...seedTemplates, ...rfmTemplates];
