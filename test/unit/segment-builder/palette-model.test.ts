// The builder's palette: catalog groups in order, search in both languages, stale answers dropped.
import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../renderer/components/latest-only';
import { lookupMessage, messageText } from '../../../renderer/features/segments/builder/message-lookup';
import { paletteGroups, type CatalogField } from '../../../renderer/features/segments/builder/palette-model';
import { stepLabels } from '../../../renderer/features/segments/builder/rule-text';

const field = (id: string, group: string, extra: Partial<CatalogField> = {}): CatalogField => ({
  id,
  source: 'customer',
  group,
  labelKey: `catalog:fields.${id}`,
  type: 'number',
  format: 'number',
  operators: ['='],
  ...extra,
});

const fields: CatalogField[] = [
  field('health_score', 'scores'),
  field('region', 'profile', { type: 'text' }),
  field('attr_vip', 'attributes', { rawLabel: '会员等级', labelKey: 'catalog:fields.attr_vip' }),
  field('tier', 'scores', { type: 'enum' }),
  field('order_count', 'purchases'),
  field('month', 'time', { source: 'churn_month' }),
  field('mystery', 'brandNew'),
];

const ids = (query: string) => paletteGroups(fields, query).map((g) => [g.group, g.fields.map((f) => f.id)]);

describe('palette', () => {
  it('groups customer fields in the catalog order, a new group last', () => {
    expect(ids('')).toEqual([
      ['profile', ['region']],
      ['purchases', ['order_count']],
      ['scores', ['health_score', 'tier']],
      ['attributes', ['attr_vip']],
      ['brandNew', ['mystery']],
    ]);
  });

  it('finds a field by its name in either language, its imported name or its id', () => {
    expect(ids('health sc')).toEqual([['scores', ['health_score']]]);
    expect(ids('健康')).toEqual([['scores', ['health_score', 'tier']]]);
    expect(ids('会员')).toEqual([['attributes', ['attr_vip']]]);
    expect(ids('ORDER_C')).toEqual([['purchases', ['order_count']]]);
    expect(ids('zzz')).toEqual([]);
  });

  it('reads a key as data in both languages and falls back to the other language, then the key', () => {
    expect(lookupMessage('en', 'catalog:fields.region')).toBe('Region');
    expect(lookupMessage('zh-CN', 'catalog:groups.rfm')).toBe('RFM 与价值×风险');
    expect(lookupMessage('en', 'catalog:fields')).toBeUndefined();
    expect(messageText('en', 'catalog:fields.nope')).toBe('catalog:fields.nope');
  });
});

describe('latestOnly', () => {
  it('lets only the newest request through, and none after invalidate', () => {
    const seq = latestOnly();
    const first = seq.begin();
    const second = seq.begin();
    expect([seq.isLatest(first), seq.isLatest(second)]).toEqual([false, true]);
    seq.invalidate();
    expect(seq.isLatest(second)).toBe(false);
  });
});

describe('funnel step labels', () => {
  const labels = {
    field: (id: string) => ({ region: 'Region', health_score: 'Health score' })[id] ?? id,
    operator: (op: string) => ({ in: 'is one of', '>=': 'at least' })[op] ?? op,
    value: (_field: string, v: string) => (v === 'atRisk' ? 'At risk' : v),
    group: (n: number) => `Group ${n}`,
    not: 'NOT',
  };

  it('names each top-level step, groups numbered in reading order as on the canvas', () => {
    const steps = stepLabels(
      {
        kind: 'group',
        op: 'and',
        children: [
          { kind: 'condition', field: 'region', op: 'in', values: ['华东', '华南', '华北', '西南'] },
          { kind: 'group', op: 'or', children: [{ kind: 'group', op: 'and', children: [{ kind: 'condition', field: 'tier', op: '=', value: 'atRisk' }] }] },
          { kind: 'not', child: { kind: 'group', op: 'and', children: [{ kind: 'condition', field: 'health_score', op: '>=', value: 60 }] } },
        ],
      },
      labels,
    );
    expect(steps).toEqual(['Region is one of 华东, 华南, 华北 …', 'Group 1', 'NOT Group 3']);
    expect(stepLabels({ kind: 'condition', field: 'health_score', op: '>=', value: 60 }, labels)).toEqual(['Health score at least 60']);
  });
});
