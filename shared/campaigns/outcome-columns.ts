// Which column of an outcome file holds what (customer, date, kind, outcome, cost, group), in
// Chinese or English, by the import's header synonyms for actions (shared/import/synonyms.ts)
// plus the flag columns experiments publish ("treated", "is_control"). The first matching column
// wins; a column is used once.
import { headerKey } from '../import/headers';
import { fieldSynonyms } from '../import/synonyms';
import type { GroupColumnMeaning } from './outcome-values';

export const OUTCOME_COLUMNS = ['customer', 'date', 'kind', 'outcome', 'cost', 'group'] as const;
export type OutcomeColumn = (typeof OUTCOME_COLUMNS)[number];

export interface OutcomeColumnMap {
  readonly index: Partial<Record<OutcomeColumn, number>>;
  readonly groupMeaning: GroupColumnMeaning;
}

const synonyms = fieldSynonyms.actions;

const WORDS: Record<OutcomeColumn, readonly string[]> = {
  customer: [...(synonyms.customer_id ?? []), 'customer', '客户', 'id', 'user id', 'user', '用户id', '用户'],
  date: synonyms.action_date ?? [],
  kind: synonyms.kind ?? [],
  outcome: [...(synonyms.outcome ?? []), '是否挽回', '是否成功', '是否留存', 'success', 'retained', 'converted', 'conversion', 'won back', 'churned'],
  cost: synonyms.cost ?? [],
  group: [...(synonyms.grp ?? []), '实验分组', 'variant', 'assignment'],
};

const TREATED_FLAGS = ['treated', 'treatment', 'is treated', 'is treatment', 'treat', '是否实验组', '实验组'];
const CONTROL_FLAGS = ['control', 'is control', 'holdout', 'is holdout', '是否对照组', '对照组'];

const keys = (words: readonly string[]) => new Set(words.map(headerKey));
const KEYS = Object.fromEntries(OUTCOME_COLUMNS.map((c) => [c, keys(WORDS[c])])) as Record<OutcomeColumn, Set<string>>;
const TREATED_KEYS = keys(TREATED_FLAGS);
const CONTROL_KEYS = keys(CONTROL_FLAGS);

export function mapOutcomeColumns(headers: readonly string[]): OutcomeColumnMap {
  const index: Partial<Record<OutcomeColumn, number>> = {};
  const used = new Set<number>();
  const hs = headers.map(headerKey);
  for (const column of OUTCOME_COLUMNS) {
    const i = hs.findIndex((h, k) => !used.has(k) && KEYS[column].has(h));
    if (i >= 0) {
      index[column] = i;
      used.add(i);
    }
  }
  let groupMeaning: GroupColumnMeaning = 'group';
  if (index.group === undefined) {
    const treated = hs.findIndex((h, k) => !used.has(k) && TREATED_KEYS.has(h));
    const control = treated >= 0 ? -1 : hs.findIndex((h, k) => !used.has(k) && CONTROL_KEYS.has(h));
    if (treated >= 0) {
      index.group = treated;
      groupMeaning = 'treatedFlag';
    } else if (control >= 0) {
      index.group = control;
      groupMeaning = 'controlFlag';
    }
  }
  return { index, groupMeaning };
}
