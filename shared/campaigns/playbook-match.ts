// The playbook suggested for a customer (Customer 360, PRODUCT.md §6 "Actions"): among the
// playbooks whose value × risk groups include the customer's (or that name none), the one whose
// reason types include the customer's strongest reason wins, then one open to any reason, then
// the rest; ties go to the cheaper contact, then the older playbook. No group, no suggestion.
export interface PlaybookScope {
  readonly id: number;
  readonly valueRisk: readonly string[];
  readonly reasonTypes: readonly string[];
  readonly costPerContact: number;
}

function reasonRank(p: PlaybookScope, reasonType: string | null): number {
  if (reasonType !== null && p.reasonTypes.includes(reasonType)) return 0;
  if (p.reasonTypes.length === 0) return 1;
  return 2;
}

function valueRank(p: PlaybookScope, valueRisk: string): number {
  return p.valueRisk.includes(valueRisk) ? 0 : 1;
}

export function matchPlaybook<P extends PlaybookScope>(playbooks: readonly P[], valueRisk: string | null, reasonType: string | null): P | null {
  if (valueRisk === null) return null;
  const candidates = playbooks.filter((p) => p.valueRisk.length === 0 || p.valueRisk.includes(valueRisk));
  const ranked = [...candidates].sort(
    (a, b) => reasonRank(a, reasonType) - reasonRank(b, reasonType) || valueRank(a, valueRisk) - valueRank(b, valueRisk) || a.costPerContact - b.costPerContact || a.id - b.id,
  );
  return ranked[0] ?? null;
}
