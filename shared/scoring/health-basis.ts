// What a snapshot's health scores were computed on (issue 10 §9): the health-configuration
// version and the indicators left out as "no data". A score change between two snapshots is a
// change of the customer only when both were scored on the same basis; otherwise the
// difference is the analyst's (new weights, cut-offs, methods) or the data's (a source imported
// or dropped) and is not reported as the customer's change.
import type { HealthConfig } from './health-config';

export interface HealthBasis {
  /** Health-configuration version (0 = built-in default). */
  version: number;
  /** Indicator ids scored "no data" for everyone, in any order. */
  noData: readonly string[];
}

/**
 * Same basis: the same configuration — by version, or by content when a version was saved
 * unchanged — and the same indicators left out. Snapshots written before "no data" was
 * recorded scored every indicator, so their `noData` is empty.
 */
export function sameHealthBasis(a: HealthBasis, b: HealthBasis, configOf: (version: number) => HealthConfig | null): boolean {
  if (a.version !== b.version) {
    const ca = configOf(a.version);
    const cb = configOf(b.version);
    if (ca === null || cb === null || JSON.stringify(ca) !== JSON.stringify(cb)) return false;
  }
  if (a.noData.length !== b.noData.length) return false;
  const left = new Set(a.noData);
  return b.noData.every((id) => left.has(id));
}
