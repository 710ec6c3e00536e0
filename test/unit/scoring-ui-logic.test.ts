// Pure logic behind the scoring screens: health-configuration edits and effective shares,
// tree-rule parsing, feature labels and the Customer 360 route.
import { describe, expect, it } from 'vitest';
import { defaultHealthConfig } from '../../shared/scoring/health-config';
import {
  addIndicator,
  configProblem,
  effectiveShares,
  groupShares,
  removeIndicator,
  sameConfig,
  setGroupWeight,
  setTiers,
  uniqueIndicatorId,
  updateIndicator,
  withMethod,
} from '../../renderer/features/health/health-draft';
import { parseRuleConditions } from '../../renderer/features/models/rule-text';
import { featureLabel } from '../../renderer/i18n/labels';
import { customerHref, customerIdFromHash, routeFromHash } from '../../renderer/app/routes';
import { jobPercent } from '../../renderer/components/JobProgress';

describe('health draft', () => {
  it('gives each indicator group share × share inside its group, summing to 1', () => {
    const shares = effectiveShares(defaultHealthConfig);
    const sum = [...shares.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
    // purchase 35/100, order cycle 50 of 50+30+20
    expect(shares.get('order_cycle')).toBeCloseTo(0.35 * 0.5, 12);
    expect(groupShares(defaultHealthConfig).get('competition')).toBeCloseTo(0.1, 12);
  });

  it('drops a zero-weight group from the shares', () => {
    const config = setGroupWeight(defaultHealthConfig, 'competition', 0);
    const shares = effectiveShares(config);
    expect(shares.get('competitor_attention')).toBe(0);
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('edits without mutating and detects changes', () => {
    const edited = updateIndicator(defaultHealthConfig, 'reply_time', { weight: 80 });
    expect(edited.indicators.find((i) => i.id === 'reply_time')?.weight).toBe(80);
    expect(defaultHealthConfig.indicators.find((i) => i.id === 'reply_time')?.weight).toBe(50);
    expect(sameConfig(edited, defaultHealthConfig)).toBe(false);
    expect(sameConfig(updateIndicator(edited, 'reply_time', { weight: 50 }), defaultHealthConfig)).toBe(true);
  });

  it('switches methods keeping thresholds', () => {
    const reply = defaultHealthConfig.indicators.find((i) => i.id === 'reply_time');
    const cycle = defaultHealthConfig.indicators.find((i) => i.id === 'order_cycle');
    if (!reply || !cycle) throw new Error('default indicators missing');
    const bands = withMethod(reply, 'bands');
    expect(bands).toMatchObject({ method: 'bands', otherwise: 0 });
    expect(bands.method === 'bands' && bands.bands.map((b) => b.upTo)).toEqual([2, 25]);
    expect(withMethod(cycle, 'linear')).toEqual({ method: 'linear', low: 1, high: 3 });
    expect(withMethod(cycle, 'percentile')).toEqual({ method: 'percentile' });
    expect(withMethod(cycle, 'bands')).toBe(cycle.scoring);
  });

  it('adds an indicator on an unused feature with a valid unique id, and removes it', () => {
    const added = addIndicator(defaultHealthConfig);
    const last = added.indicators[added.indicators.length - 1];
    // The first feature of the catalog no indicator uses (recency is one of the defaults).
    expect(last?.feature).toBe('orders_30d');
    expect(last?.id).toMatch(/^[a-z][a-z0-9_]{0,40}$/);
    expect(configProblem(added)).toBeNull();
    expect(removeIndicator(added, last?.id ?? '').indicators).toHaveLength(defaultHealthConfig.indicators.length);
    expect(uniqueIndicatorId(defaultHealthConfig, 'reply_time')).toBe('reply_time_2');
    expect(uniqueIndicatorId(defaultHealthConfig, '90d')).toBe('d');
  });

  it('reports what the schema rejects', () => {
    expect(configProblem(defaultHealthConfig)).toBeNull();
    expect(configProblem(setTiers(defaultHealthConfig, { healthy: 30, watch: 60 }))).toMatch(/healthy cut-off/);
  });
});

describe('tree rule text', () => {
  it('splits a rule into conditions with bounds', () => {
    const c = parseRuleConditions('if recency_days > 62 and 2 < complaints_90d ≤ 5 and region=华东 ≤ 0.5 then churn p = 0.71 (n=340)');
    expect(c).toEqual([
      { feature: 'recency_days', text: 'recency_days > 62', lower: 62, upper: null },
      { feature: 'complaints_90d', text: '2 < complaints_90d ≤ 5', lower: 2, upper: 5 },
      { feature: 'region=华东', text: 'region=华东 ≤ 0.5', lower: null, upper: 0.5 },
    ]);
    expect(parseRuleConditions('if all customers then churn p = 0.12 (n=3000)')).toEqual([]);
    expect(parseRuleConditions('if x ≤ -1.5e-3 then churn p = 0.1 (n=1)')[0]).toMatchObject({ feature: 'x', upper: -0.0015 });
    expect(parseRuleConditions('something else')[0]).toMatchObject({ feature: null, text: 'something else' });
  });
});

describe('labels and routes', () => {
  it('names catalog features, missing flags, one-hot levels and attributes', () => {
    expect(featureLabel('recency_days', 'zh-CN')).toBe('距上次下单天数');
    expect(featureLabel('recency_days', 'en')).toBe('Days since last order');
    expect(featureLabel('satisfaction_avg__missing', 'en')).toBe('Average satisfaction (1–5), last 180 days (missing)');
    expect(featureLabel('region=华东', 'zh-CN', (s) => (s === 'region' ? '地区' : null))).toBe('地区：华东');
    expect(featureLabel('industry=(other)', 'en')).toBe('industry: other');
    expect(featureLabel('attr:credit_limit', 'en')).toBe('credit_limit');
  });

  it('routes #/customer/<id> to Customer 360 under Customers', () => {
    const href = customerHref('C 001/华');
    expect(customerIdFromHash(href)).toBe('C 001/华');
    expect(routeFromHash(href)).toBe('customers');
    expect(customerIdFromHash('#/customers')).toBeNull();
    expect(customerIdFromHash('#/customer/%E0%A4%A')).toBeNull();
    expect(routeFromHash('#/health')).toBe('health');
  });

  it('turns job progress into a percentage only when the total is known', () => {
    expect(jobPercent(null)).toBeNull();
    expect(jobPercent({ done: 5, total: null })).toBeNull();
    expect(jobPercent({ done: 1, total: 3 })).toBe(33);
    expect(jobPercent({ done: 9, total: 3 })).toBe(100);
  });
});
