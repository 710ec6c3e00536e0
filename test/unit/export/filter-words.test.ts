// The cover's filter words: each global control, the period, linkage clicks and drill steps as
// label and value words, enum codes and segment ids never shown raw.
import { describe, expect, it } from 'vitest';
import { DashboardFiltersSchema } from '../../../shared/dashboards/dashboard';
import { filterWords, type FilterWordsLabels } from '../../../shared/export/filter-words';

const fields: Record<string, string> = { region: '地区', tier: '风险等级', health_score: '健康度', saved_segment: '已保存分群', last_order_date: '最近下单' };
const values: Record<string, string> = { 'tier:atRisk': '高风险', 'tier:watch': '观察', 'saved_segment:7': '华北大客户' };

const labels: FilterWordsLabels = {
  field: (id) => fields[id] ?? id,
  value: (field, v) => values[`${field}:${String(v)}`] ?? String(v),
  operator: (op) => ({ '>': '大于', not_in: '不属于' })[op as string] ?? op,
  month: (m) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`,
  words: {
    period: '期间',
    linkage: (f) => `${f}（联动）`,
    drill: (f) => `${f}（下钻）`,
    periodValue: (from, to) => `${from} 至 ${to}`,
    between: (low, high) => `${low} 至 ${high}`,
    lastDays: (n) => `最近 ${n} 天内`,
    lastMonths: (n) => `最近 ${n} 个月内`,
    beforeDays: (n) => `${n} 天以前`,
    changedBy: (v) => `变化至少 ${v}`,
    and: ' 且 ',
    or: ' 或 ',
    not: '非',
    separator: '、',
    empty: '为空',
    notEmpty: '不为空',
  },
};

describe('filterWords', () => {
  it('says nothing without filters', () => {
    expect(filterWords(DashboardFiltersSchema.parse({}), labels)).toEqual([]);
  });

  it('words global conditions by their field, enum values by their labels', () => {
    const filters = DashboardFiltersSchema.parse({
      global: [
        { kind: 'condition', field: 'region', op: 'in', values: ['华北', '华东'] },
        { kind: 'condition', field: 'tier', op: '=', value: 'atRisk' },
        { kind: 'condition', field: 'health_score', op: '>', value: 50 },
        { kind: 'condition', field: 'saved_segment', op: 'in', values: [7] },
        { kind: 'condition', field: 'last_order_date', op: 'in_last_days', amount: 30 },
        { kind: 'condition', field: 'health_score', op: 'between', low: 10, high: 20 },
        { kind: 'condition', field: 'tier', op: 'not_in', values: ['watch'] },
      ],
    });
    expect(filterWords(filters, labels)).toEqual([
      { label: '地区', value: '华北、华东' },
      { label: '风险等级', value: '高风险' },
      { label: '健康度', value: '大于 50' },
      { label: '已保存分群', value: '华北大客户' },
      { label: '最近下单', value: '最近 30 天内' },
      { label: '健康度', value: '10 至 20' },
      { label: '风险等级', value: '不属于 观察' },
    ]);
  });

  it('words a group over several fields with each field named', () => {
    const filters = DashboardFiltersSchema.parse({
      global: [
        {
          kind: 'group',
          op: 'or',
          children: [
            { kind: 'condition', field: 'region', op: '=', value: '华北' },
            { kind: 'not', child: { kind: 'condition', field: 'tier', op: 'is_empty' } },
          ],
        },
      ],
    });
    expect(filterWords(filters, labels)).toEqual([{ label: '地区、风险等级', value: '(地区 华北 或 非风险等级 为空)' }]);
  });

  it('adds the period, linkage clicks and drill steps', () => {
    const filters = DashboardFiltersSchema.parse({
      period: { from: '2024-01', to: '2024-06' },
      linkage: [{ widgetId: 'chart_tiers', field: 'tier', values: ['atRisk', 'watch'] }],
      drill: { chart_region: [{ field: 'region', value: '华北' }] },
    });
    expect(filterWords(filters, labels)).toEqual([
      { label: '期间', value: '2024年1月 至 2024年6月' },
      { label: '风险等级（联动）', value: '高风险、观察' },
      { label: '地区（下钻）', value: '华北' },
    ]);
  });
});
