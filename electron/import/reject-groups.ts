// An import's rejects summed up by reason: one group per code and params (the params are stored
// in one spelling, so equal reasons are equal text), largest first, each with its first few
// rejects in source order. What the CLI prints after an import and the Data page shows before
// the full list: 135,080 guest rows read as one line, not 135,080.
import { REJECT_GROUP_EXAMPLES, RejectCodeSchema, type RejectGroup, type RejectPlace, type RejectReason } from '../../shared/contract/domains/import-rejects';
import { legacyReason, parseParams } from '../../shared/import/reject-reasons';
import type { Db } from '../store/database';

export interface StoredReject extends RejectPlace {
  code: string;
  params: string;
}

/** A stored code and params back as a reason; a code this version does not know reads as a legacy text. */
export function storedReason(code: string, params: string): RejectReason {
  const known = RejectCodeSchema.safeParse(code);
  return known.success ? { code: known.data, params: parseParams(params) } : legacyReason(`${code} ${params}`);
}

export function importRejectGroups(db: Db, importId: number): { total: number; groups: RejectGroup[] } {
  const counts = db
    .prepare('SELECT code, params, count(*) AS count FROM import_rejects WHERE import_id = ? GROUP BY code, params ORDER BY count DESC, min(reject_id)')
    .all(importId) as { code: string; params: string; count: number }[];
  // The first examples of every group in one pass over the index (import_id, code, params, reject_id).
  const examples = db
    .prepare(
      `SELECT code, params, file, sheet, "table", row, "column", value FROM (
         SELECT code, params, source_file AS file, source_sheet AS sheet, source_table AS "table", source_row AS row, source_column AS "column", value,
                row_number() OVER (PARTITION BY code, params ORDER BY reject_id) AS n
         FROM import_rejects WHERE import_id = ?)
       WHERE n <= ? ORDER BY code, params, n`,
    )
    .all(importId, REJECT_GROUP_EXAMPLES) as StoredReject[];
  const byGroup = new Map<string, RejectPlace[]>();
  for (const { code, params, ...place } of examples) {
    const key = `${code}\u0000${params}`;
    const list = byGroup.get(key);
    if (list) list.push(place);
    else byGroup.set(key, [place]);
  }
  let total = 0;
  const groups = counts.map((c) => {
    total += c.count;
    return { reason: storedReason(c.code, c.params), count: c.count, examples: byGroup.get(`${c.code}\u0000${c.params}`) ?? [] };
  });
  return { total, groups };
}
