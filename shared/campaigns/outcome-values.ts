// The words an outcome file uses for the group and the outcome (PRODUCT.md §5; the issue's
// 实验组/对照组, treatment/control, 是/否, 1/0, success/fail), read into codes. A bare 1/0 in the
// group column means what the column's name says: 1 in a "treated" column is treatment, 1 in a
// "control" / "holdout" column is control; a column named only "group" takes 1 as treatment.
import type { Group } from './draw';

export type GroupColumnMeaning = 'group' | 'treatedFlag' | 'controlFlag';

function word(value: string): string {
  return value
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

const TREATMENT_WORDS = new Set(['实验组', '处理组', '干预组', '实验', '处理', '干预', 'treatment', 'treated', 'treat', 'test', 'variant', 't', 'b', 'exposed']);
const CONTROL_WORDS = new Set(['对照组', '控制组', '对照', '控制', '留存组', 'control', 'holdout', 'hold out', 'c', 'a', 'baseline', 'untreated']);

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', '是', '对', '有']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'n', '否', '不是', '无']);

const SUCCESS_WORDS = new Set([
  ...TRUE_WORDS,
  'success',
  'succeeded',
  'successful',
  'retained',
  'retain',
  'won back',
  'winback',
  'converted',
  'renewed',
  '成功',
  '挽回',
  '留存',
  '保留',
  '续约',
  '转化',
]);
const FAILURE_WORDS = new Set([...FALSE_WORDS, 'fail', 'failed', 'failure', 'churned', 'churn', 'lost', 'not converted', '失败', '流失', '未挽回', '未转化']);

function flag(value: string): boolean | null {
  const w = word(value);
  if (w === '1' || TRUE_WORDS.has(w)) return true;
  if (w === '0' || FALSE_WORDS.has(w)) return false;
  const n = Number(w);
  if (w !== '' && Number.isFinite(n) && (n === 1 || n === 0)) return n === 1;
  return null;
}

export function parseGroup(value: string, meaning: GroupColumnMeaning = 'group'): Group | null {
  const w = word(value);
  if (w === '') return null;
  if (meaning === 'group') {
    if (TREATMENT_WORDS.has(w)) return 'treatment';
    if (CONTROL_WORDS.has(w)) return 'control';
  }
  const f = flag(w);
  if (f === null) return null;
  if (meaning === 'controlFlag') return f ? 'control' : 'treatment';
  return f ? 'treatment' : 'control';
}

/** 1 success, 0 failure, null when the text is empty or no outcome word. */
export function parseOutcome(value: string): 0 | 1 | null {
  const w = word(value);
  if (w === '') return null;
  if (SUCCESS_WORDS.has(w)) return 1;
  if (FAILURE_WORDS.has(w)) return 0;
  const f = flag(w);
  return f === null ? null : f ? 1 : 0;
}
