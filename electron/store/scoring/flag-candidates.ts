// Customer attributes that look like a churn flag (issue 10 §6): few distinct values, and both
// truthy ones (TRUTHY_FLAGS: 1, yes, 流失 …) and others on enough customers for a stratified
// random split. Read-only; keys and values come back as data and never enter SQL as text.
import { TRUTHY_FLAGS } from '../../../shared/scoring/churn-definition';
import type { Db } from '../database';

export interface FlagCandidate {
  attribute: string;
  flagged: number;
  others: number;
}

/** Attributes with at most `maxDistinct` values, `min` flagged and `min` other customers; most flagged first. */
export function flagCandidates(db: Db, min: number, maxDistinct = 4): FlagCandidate[] {
  const rows = db
    .prepare(
      `SELECT j.key AS attribute, lower(trim(CAST(j.value AS TEXT))) AS value, count(*) AS n
         FROM customers c, json_each(CASE WHEN json_valid(c.attributes) THEN c.attributes ELSE '{}' END) j
        WHERE j.type IN ('text', 'integer', 'real', 'true', 'false')
        GROUP BY j.key, value`,
    )
    .all() as { attribute: string; value: string | null; n: number }[];
  const byKey = new Map<string, { distinct: number; flagged: number; others: number }>();
  for (const r of rows) {
    const k = byKey.get(r.attribute) ?? { distinct: 0, flagged: 0, others: 0 };
    k.distinct++;
    // JSON true reads back as '1' through CAST, like the loader's str() does.
    if (TRUTHY_FLAGS.has(r.value ?? '')) k.flagged += r.n;
    else k.others += r.n;
    byKey.set(r.attribute, k);
  }
  return [...byKey]
    .filter(([, k]) => k.distinct <= maxDistinct && k.flagged >= min && k.others >= min)
    .map(([attribute, k]) => ({ attribute, flagged: k.flagged, others: k.others }))
    .sort((a, b) => b.flagged - a.flagged || a.attribute.localeCompare(b.attribute));
}
