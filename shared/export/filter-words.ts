// The filters in force on an exported dashboard as words for its cover: one {label, value} per
// global bar control, the period, each linkage click and each widget's drill path ("地区",
// "华北、华东"). Pure: the caller hands the words of its language and the labels of fields and
// values (enum codes, saved segments' names), so the cover never shows a code or a raw AST.
import type { DashboardFilters } from '../dashboards/dashboard';
import { filterFields } from '../dashboards/filters';
import type { ConditionNode, FilterNode, FilterOperator, FilterValue } from '../query/ast';

export interface FilterWord {
  readonly label: string;
  readonly value: string;
}

export interface FilterWordsLabels {
  field(id: string): string;
  /** A value of a field as shown: an enum's word, a saved segment's name, a month by locale. */
  value(field: string, value: FilterValue): string;
  operator(op: FilterOperator): string;
  month(month: string): string;
  readonly words: {
    readonly period: string;
    linkage(field: string): string;
    drill(field: string): string;
    periodValue(from: string, to: string): string;
    between(low: string, high: string): string;
    lastDays(amount: number): string;
    lastMonths(amount: number): string;
    beforeDays(amount: number): string;
    changedBy(value: string): string;
    readonly and: string;
    readonly or: string;
    readonly not: string;
    readonly separator: string;
    readonly empty: string;
    readonly notEmpty: string;
  };
}

function valueText(node: ConditionNode, v: FilterValue | undefined, labels: FilterWordsLabels): string {
  return v === undefined ? '' : labels.value(node.field, v);
}

/** One condition without its field's label: "华北、华东", "> 0.5", "最近 30 天内". */
export function conditionText(node: ConditionNode, labels: FilterWordsLabels): string {
  const { words } = labels;
  const values = (node.values ?? []).map((v) => labels.value(node.field, v)).join(words.separator);
  switch (node.op) {
    case '=':
      return valueText(node, node.value, labels);
    case 'in':
      return values;
    case 'not_in':
      return `${labels.operator('not_in')} ${values}`;
    case 'between':
      return words.between(valueText(node, node.low, labels), valueText(node, node.high, labels));
    case 'is_empty':
      return words.empty;
    case 'not_empty':
      return words.notEmpty;
    case 'in_last_days':
      return words.lastDays(node.amount ?? 0);
    case 'in_last_months':
      return words.lastMonths(node.amount ?? 0);
    case 'before_days_ago':
      return words.beforeDays(node.amount ?? 0);
    case 'changed_by':
      return words.changedBy(valueText(node, node.value, labels));
    default:
      return `${labels.operator(node.op)} ${valueText(node, node.value, labels)}`;
  }
}

/** A node as text; conditions of a group other than the label's field carry their own label. */
export function nodeText(node: FilterNode, labels: FilterWordsLabels, labelled: boolean): string {
  switch (node.kind) {
    case 'condition': {
      const text = conditionText(node, labels);
      return labelled ? `${labels.field(node.field)} ${text}` : text;
    }
    case 'not':
      return `${labels.words.not}${nodeText(node.child, labels, true)}`;
    case 'group': {
      const joiner = node.op === 'and' ? labels.words.and : labels.words.or;
      const text = node.children.map((c) => nodeText(c, labels, labelled)).join(joiner);
      return node.children.length > 1 ? `(${text})` : text;
    }
  }
}

function globalWord(node: FilterNode, labels: FilterWordsLabels): FilterWord {
  const fields = [...new Set(filterFields(node))];
  // One field (a bar control): its label, and the values alone; several: each part says its field.
  const single = fields.length === 1;
  const text = nodeText(node, labels, !single);
  return { label: fields.map((f) => labels.field(f)).join(labels.words.separator), value: single && text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1) : text };
}

export function filterWords(filters: DashboardFilters, labels: FilterWordsLabels): FilterWord[] {
  const out: FilterWord[] = filters.global.map((node) => globalWord(node, labels));
  if (filters.period) {
    out.push({ label: labels.words.period, value: labels.words.periodValue(labels.month(filters.period.from), labels.month(filters.period.to)) });
  }
  for (const link of filters.linkage) {
    out.push({ label: labels.words.linkage(labels.field(link.field)), value: link.values.map((v) => labels.value(link.field, v)).join(labels.words.separator) });
  }
  for (const steps of Object.values(filters.drill)) {
    for (const step of steps) out.push({ label: labels.words.drill(labels.field(step.field)), value: labels.value(step.field, step.value) });
  }
  return out;
}
