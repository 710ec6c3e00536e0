// Statements over segment_list_members: a static list's customer ids. Ids that are no customer
// of the workspace stay stored (a later import may add them) and are counted apart.
import type { Db } from '../database';

const CHUNK = 500;

/** Adds ids (duplicates ignored); returns how many were new. */
export function insertListMembers(db: Db, segmentId: number, customerIds: Iterable<string>): number {
  const insert = db.prepare('INSERT OR IGNORE INTO segment_list_members (segment_id, customer_id) VALUES (?, ?)');
  let added = 0;
  for (const id of customerIds) added += insert.run(segmentId, id).changes;
  return added;
}

export function copyListMembers(db: Db, fromId: number, toId: number): void {
  db.prepare('INSERT INTO segment_list_members (segment_id, customer_id) SELECT ?, customer_id FROM segment_list_members WHERE segment_id = ?').run(toId, fromId);
}

/** Members that are customers of the mart now, and members that are not. */
export function listMemberCounts(db: Db, segmentId: number): { known: number; unknown: number } {
  const row = db
    .prepare(
      `SELECT count(m.customer_id) AS known, count(*) - count(m.customer_id) AS unknown
       FROM segment_list_members l LEFT JOIN customer_mart m ON m.customer_id = l.customer_id WHERE l.segment_id = ?`,
    )
    .get(segmentId) as { known: number; unknown: number };
  return row;
}

/** Which of `customerIds` are in the list. */
export function listMembersAmong(db: Db, segmentId: number, customerIds: readonly string[]): Set<string> {
  const out = new Set<string>();
  const select = db.prepare('SELECT customer_id FROM segment_list_members WHERE segment_id = ? AND customer_id IN (SELECT value FROM json_each(?))').pluck();
  for (let i = 0; i < customerIds.length; i += CHUNK) {
    for (const id of select.all(segmentId, JSON.stringify(customerIds.slice(i, i + CHUNK))) as string[]) out.add(id);
  }
  return out;
}
