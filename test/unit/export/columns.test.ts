// One mart row as call-list cells: labels in the analyst's language, numbers kept, reasons read
// defensively, every text cell (and a contact column's imported name) neutralised.
import { describe, expect, it } from 'vitest';
import { callListColumns, rowCells, type MemberRow } from '../../../electron/export/call-list/columns';
import { callListLabels } from '../../../electron/export/call-list/labels';
import { resources } from '../../../shared/i18n/resources';

const base: MemberRow = {
  customer_id: 'C1',
  name: '王芳',
  owner: null,
  region: null,
  city: null,
  lifecycle: 'active',
  tier: 'watch',
  health_score: 55,
  churn_probability: 0.4,
  reasons: JSON.stringify([['tickets_90d', 'service', 0.7]]),
  value_tier: 'medium',
  value_risk: 'potential',
  clv: 321.5,
  contacts: [],
};

describe('call-list columns', () => {
  it('heads contact columns with their imported names, neutralised like every cell', () => {
    const headers = callListColumns('en', ['Phone', '=HYPERLINK("x")']).map((c) => c.header);
    expect(headers.slice(5, 7)).toEqual(['Phone', `'=HYPERLINK("x")`]);
    expect(headers).toHaveLength(18);
  });

  it('turns codes into the analyst’s words and keeps numbers as numbers', () => {
    const en = resources.en;
    const cells = rowCells(base, callListLabels('en'));
    expect(cells).toEqual([
      'C1',
      '王芳',
      null,
      null,
      null,
      en.catalog.values.lifecycle.active,
      en.catalog.values.tier.watch,
      55,
      0.4,
      `${en.scoring.reasonTypes.service}: ${en.catalog.fields.tickets_90d}`,
      null,
      null,
      en.catalog.values.value_tier.medium,
      en.catalog.values.value_risk.potential,
      321.5,
      en['call-list'].actions.experienceOptimisation,
    ]);
  });

  it('shows no reasons for damaged stored reasons instead of failing the list, and unknown codes as themselves', () => {
    const cells = rowCells({ ...base, reasons: '[[broken', tier: 'mystery', value_risk: null }, callListLabels('zh-CN'));
    expect(cells.slice(9, 12)).toEqual([null, null, null]);
    expect(cells[6]).toBe('mystery');
    expect(cells[15]).toBe(resources['zh-CN']['call-list'].actions.manualReview);
  });

  it('names model sources outside the catalog: one-hot levels, missing indicators, attributes', () => {
    const labels = callListLabels('zh-CN');
    const fields = resources['zh-CN'].catalog.fields;
    expect(labels.reason('region=华东', 'price')).toBe(`价格：${fields.region}：华东`);
    expect(labels.reason('nps_avg__missing', 'experience')).toBe(`体验：${fields.nps_avg}（缺失）`);
    expect(labels.reason('attr:会员等级', 'engagement')).toBe('产品/活跃度：会员等级');
    // A source name with replacement patterns is printed as it is.
    expect(labels.reason("attr:$&$'", 'engagement')).toBe("产品/活跃度：$&$'");
  });
});
