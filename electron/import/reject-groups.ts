// An import's rejects summed up by reason: one group per code and params (the params are stored
// in one spelling, so equal reasons are equal text), largest first, each with its first few
// rejects in source order. What the CLI prints after an import and the Data page shows before
// the full list: 135,080 guest rows read as one line, not 135,080. Coded reasons make a handful
// of groups; sentences stored before codes (legacy) embed the refused value and may make one
// group per row, hence the cap.
import { MAX_REJECT_GROUPS, REJECT_GROUP_EXAMPLES, RejectCodeSchema, type RejectGroup, type RejectPlace, type RejectReason } from '../../shared/contract/domains/import-rejects';
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
    .prepare('SELECT code, params, count(*) AS count FROM import_rejects WHERE import_id = ? GROUP BY code, params ORDER BY count DESC, min(reject_id) LIMIT ?')
    .all(importId, MAX_REJECT_GROUPS) as { code: string; params: string; count: number }[];
  const total = db.prepare('SELECT count(*) FROM import_rejects WHERE import_id = ?').pluck().get(importId) as number;
  // Groups are few: each one's first examples come straight off the index (import_id, code, params, reject_id).
  const examples = db.prepare(
    `SELECT source_file AS file, source_sheet AS sheet, source_table AS "table", source_row AS row, source_column AS "column", value
     FROM import_rejects WHERE import_id = ? AND code = ? AND params = ? ORDER BY reject_id LIMIT ?`,
  );
  const groups = counts.map((c) => ({
    reason: storedReason(c.code, c.params),
    count: c.count,
    examples: examples.all(importId, c.code, c.params, REJECT_GROUP_EXAMPLES) as RejectPlace[],
  }));
  return { total, groups };
}
