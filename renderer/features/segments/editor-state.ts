// What the editor compares to know whether there are unsaved changes: rules as canonical JSON
// (keys sorted), so two equal rules built in a different key order read as equal.
import type { FilterNode } from '../../../shared/query/ast';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

export function ruleKey(filter: FilterNode | null | undefined): string {
  return filter ? JSON.stringify(canonical(filter)) : '';
}
