// Outcome-file words into codes: groups in Chinese and English, 1/0 by the column's name, outcome words.
import { describe, expect, it } from 'vitest';
import { mapOutcomeColumns } from '../../../shared/campaigns/outcome-columns';
import { parseGroup, parseOutcome } from '../../../shared/campaigns/outcome-values';

describe('parseGroup', () => {
  it.each([
    ['实验组', 'treatment'],
    ['对照组', 'control'],
    ['处理组', 'treatment'],
    ['控制组', 'control'],
    ['Treatment', 'treatment'],
    [' CONTROL ', 'control'],
    ['test', 'treatment'],
    ['holdout', 'control'],
    ['T', 'treatment'],
    ['C', 'control'],
    ['1', 'treatment'],
    ['0', 'control'],
    ['maybe', null],
    ['', null],
  ] as const)('%s in a group column → %s', (text, group) => {
    expect(parseGroup(text)).toBe(group);
  });

  it('reads 1/0 by what the column is named', () => {
    expect(parseGroup('1', 'treatedFlag')).toBe('treatment');
    expect(parseGroup('0', 'treatedFlag')).toBe('control');
    expect(parseGroup('1', 'controlFlag')).toBe('control');
    expect(parseGroup('0', 'controlFlag')).toBe('treatment');
    expect(parseGroup('yes', 'controlFlag')).toBe('control');
  });
});

describe('parseOutcome', () => {
  it.each([
    ['是', 1],
    ['否', 0],
    ['成功', 1],
    ['失败', 0],
    ['1', 1],
    ['0', 0],
    ['1.0', 1],
    ['TRUE', 1],
    ['false', 0],
    ['Yes', 1],
    ['no', 0],
    ['success', 1],
    ['fail', 0],
    ['Failure', 0],
    ['retained', 1],
    ['churned', 0],
    ['挽回', 1],
    ['流失', 0],
    ['later', null],
    ['', null],
    ['2', null],
  ] as const)('%s → %s', (text, code) => {
    expect(parseOutcome(text)).toBe(code);
  });
});

describe('mapOutcomeColumns', () => {
  it('finds Chinese headers', () => {
    const map = mapOutcomeColumns(['客户ID', '日期', '动作类型', '结果', '成本', '分组']);
    expect(map.index).toEqual({ customer: 0, date: 1, kind: 2, outcome: 3, cost: 4, group: 5 });
    expect(map.groupMeaning).toBe('group');
  });

  it('finds English headers and a treated flag column', () => {
    const map = mapOutcomeColumns(['Customer ID', 'Outcome', 'treated']);
    expect(map.index).toEqual({ customer: 0, outcome: 1, group: 2 });
    expect(map.groupMeaning).toBe('treatedFlag');
    expect(mapOutcomeColumns(['customer_id', 'is_control', 'converted'])).toEqual({ index: { customer: 0, outcome: 2, group: 1 }, groupMeaning: 'controlFlag' });
  });
});
