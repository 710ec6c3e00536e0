// One outcome-file row into a record or a reject with its column and code.
import { describe, expect, it } from 'vitest';
import { mapOutcomeColumns } from '../../../shared/campaigns/outcome-columns';
import { readOutcomeRow } from '../../../shared/campaigns/outcome-rows';

const map = mapOutcomeColumns(['客户ID', '日期', '动作类型', '结果', '成本', '分组']);

describe('readOutcomeRow', () => {
  it('reads a row in Chinese words, keeping the outcome word as written', () => {
    expect(readOutcomeRow(['C1', '2025/3/5', '电话', '是', '¥35', '实验组'], map, false)).toEqual({
      customerId: 'C1',
      group: 'treatment',
      date: '2025-03-05',
      kind: '电话',
      outcome: '是',
      cost: 35,
    });
    expect(readOutcomeRow([' C2 ', '', '', '', '', '对照组'], map, false)).toEqual({ customerId: 'C2', group: 'control', date: null, kind: null, outcome: null, cost: null });
  });

  it('reads a spreadsheet date serial only from a spreadsheet', () => {
    expect(readOutcomeRow(['C1', 45658, null, 1, 0, 'T'], map, true)).toMatchObject({ date: '2025-01-01', outcome: '1', group: 'treatment', cost: 0 });
    expect(readOutcomeRow(['C1', 45658, null, 1, 0, 'T'], map, false)).toEqual({ code: 'invalidDate', column: 'date', value: '45658' });
  });

  it.each([
    [['', '2025-01-01', '', '是', '', '实验组'], { code: 'missingCustomer', column: 'customer', value: null }],
    [['C1', '2025-01-01', '', '是', '', '观察组'], { code: 'invalidGroup', column: 'group', value: '观察组' }],
    [['C1', '2025-01-01', '', '也许', '', '实验组'], { code: 'invalidOutcome', column: 'outcome', value: '也许' }],
    [['C1', '2025-02-30', '', '是', '', '实验组'], { code: 'invalidDate', column: 'date', value: '2025-02-30' }],
    [['C1', '2025-01-01', '', '是', '-5', '实验组'], { code: 'invalidCost', column: 'cost', value: '-5' }],
    [['C1', '2025-01-01', '', '是', 'free', '实验组'], { code: 'invalidCost', column: 'cost', value: 'free' }],
  ])('rejects %j', (values, reject) => {
    expect(readOutcomeRow(values, map, false)).toEqual(reject);
  });
});
