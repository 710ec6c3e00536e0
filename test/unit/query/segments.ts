// Saved segments for the query tests: a resolver over a fixed set (ids as numbers, numeric
// strings or the name `S<id>`), and the static lists as a SQLite table and as the columnar
// engine's masks and the oracle's membership test.
import type Database from 'better-sqlite3';
import type { FilterNode, FilterValue } from '../../../shared/query/ast';
import type { ResolvedSegment, SegmentResolver } from '../../../shared/query/segment-ref';

export type TestSegment =
  { readonly id: number; readonly kind: 'filter'; readonly filter: FilterNode } | { readonly id: number; readonly kind: 'list'; readonly members: readonly string[] };

export function segmentResolver(segments: readonly TestSegment[]): SegmentResolver {
  return (ref: FilterValue): ResolvedSegment | undefined => {
    const text = String(ref);
    const id = typeof ref === 'number' ? ref : /^\d+$/.test(text) ? Number(text) : /^S\d+$/.test(text) ? Number(text.slice(1)) : NaN;
    const segment = segments.find((s) => s.id === id);
    if (!segment) return undefined;
    return segment.kind === 'list' ? { kind: 'list', id: segment.id } : { kind: 'filter', id: segment.id, filter: segment.filter };
  };
}

export function replaceLists(db: Database.Database, segments: readonly TestSegment[]): void {
  const insert = db.prepare('INSERT OR IGNORE INTO segment_list_members (segment_id, customer_id) VALUES (?, ?)');
  db.transaction(() => {
    db.exec('DELETE FROM segment_list_members');
    for (const segment of segments) if (segment.kind === 'list') for (const member of segment.members) insert.run(segment.id, member);
  })();
}

export function isListMember(segments: readonly TestSegment[]): (listId: number, customerId: string) => boolean {
  return (listId, customerId) => segments.some((s) => s.id === listId && s.kind === 'list' && s.members.includes(customerId));
}

/** One byte per row (by its index in `keys`), 1 where the row's customer is in the list. */
export function listMasks(segments: readonly TestSegment[], keys: readonly string[]): (listId: number) => Uint8Array | undefined {
  return (listId) => {
    const segment = segments.find((s) => s.id === listId);
    if (segment?.kind !== 'list') return undefined;
    const members = new Set(segment.members);
    return Uint8Array.from(keys, (key) => (members.has(key) ? 1 : 0));
  };
}
