// Short names for the funnel's steps: each top-level child of the rule, as the analyst sees it
// on the canvas ("Health score at least 60", "Group 2").
import type { FilterNode } from '../../../../shared/query/ast';

export interface RuleTextLabels {
  readonly field: (id: string) => string;
  readonly operator: (op: string) => string;
  readonly value: (field: string, value: string) => string;
  readonly group: (index: number) => string;
  readonly not: string;
}

const MAX_LISTED = 3;

function payloadText(node: Extract<FilterNode, { kind: 'condition' }>, labels: RuleTextLabels): string {
  if (node.values) {
    const listed = node.values.slice(0, MAX_LISTED).map((v) => labels.value(node.field, String(v)));
    return node.values.length > MAX_LISTED ? `${listed.join(', ')} …` : listed.join(', ');
  }
  if (node.low !== undefined && node.high !== undefined) return `${String(node.low)} – ${String(node.high)}`;
  if (node.amount !== undefined) return String(node.amount);
  if (node.value !== undefined) return labels.value(node.field, String(node.value));
  return '';
}

function groupCount(node: FilterNode): number {
  if (node.kind === 'condition') return 0;
  if (node.kind === 'not') return groupCount(node.child);
  return 1 + node.children.reduce((sum, child) => sum + groupCount(child), 0);
}

/** The top-level steps of a rule (what the funnel counts), one label each. */
export function stepLabels(filter: FilterNode, labels: RuleTextLabels): string[] {
  const root = filter.kind === 'not' ? filter.child : filter;
  const children = root.kind === 'group' ? root.children : [root];
  let groups = 0;
  return children.map((child) => {
    if (child.kind === 'condition') return [labels.field(child.field), labels.operator(child.op), payloadText(child, labels)].filter(Boolean).join(' ');
    // Named as the canvas names groups: numbered in reading order, nested ones included.
    const name = labels.group(groups + 1);
    groups += groupCount(child);
    return child.kind === 'not' ? `${labels.not} ${name}` : name;
  });
}
