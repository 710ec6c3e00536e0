// A rule's condition in words for the rules list ("Health score less than 40 and Value tier is
// High"): field and value labels from the catalog, operator words from the segment builder's
// namespace, so the list reads like the editor that wrote it.
import type { ConditionNode, FilterNode } from '../../../shared/query/ast';

export interface ConditionWords {
  readonly field: (id: string) => string;
  readonly operator: (op: string) => string;
  readonly value: (field: string, value: string) => string;
  readonly direction: (direction: 'up' | 'down' | 'either') => string;
  readonly and: string;
  readonly or: string;
  readonly not: string;
}

const MAX_LISTED = 4;

function testText(node: ConditionNode, words: ConditionWords): string {
  const label = (v: string | number | boolean): string => words.value(node.field, String(v));
  let payload = '';
  if (node.op === 'in' || node.op === 'not_in') {
    const values = node.values ?? [];
    const listed = values.slice(0, MAX_LISTED).map(label).join(', ');
    payload = values.length > MAX_LISTED ? `${listed} …` : listed;
  } else if (node.op === 'between') payload = `${label(node.low ?? '')} – ${label(node.high ?? '')}`;
  else if (node.op === 'in_last_days' || node.op === 'in_last_months' || node.op === 'before_days_ago') payload = String(node.amount ?? '');
  else if (node.op === 'changed_by') payload = `${label(node.value ?? '')} (${words.direction(node.direction ?? 'either')})`;
  else if (node.value !== undefined) payload = label(node.value);
  return [words.field(node.field), words.operator(node.op), payload].filter((part) => part !== '').join(' ');
}

/** The whole condition as one line; nested groups in parentheses so AND/OR read unambiguously. */
export function conditionText(node: FilterNode, words: ConditionWords, nested = false): string {
  if (node.kind === 'condition') return testText(node, words);
  if (node.kind === 'not') return `${words.not} (${conditionText(node.child, words, false)})`;
  const joiner = ` ${node.op === 'and' ? words.and : words.or} `;
  const text = node.children.map((child) => conditionText(child, words, true)).join(joiner);
  return nested && node.children.length > 1 ? `(${text})` : text;
}
