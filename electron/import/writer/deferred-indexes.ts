// Bulk loads are much faster when secondary indexes are built once, by sorting, after the rows
// are in, than when every row updates them in random order. Inside the import's transaction
// an index dropped here and recreated before commit is atomic like everything else: a crash
// or rollback restores it untouched. Primary keys (used by upsert) are never dropped.
import type { Db } from '../../store/database';

export interface DeferredIndexes {
  /** Drops the secondary indexes of a table (once); returns whether it did. */
  defer(table: string): boolean;
  /** Recreates every dropped index from its original definition. */
  restore(onIndex?: (name: string) => void): void;
}

export function deferredIndexes(db: Db): DeferredIndexes {
  const dropped: { name: string; sql: string }[] = [];
  const seen = new Set<string>();
  return {
    defer(table) {
      if (seen.has(table)) return false;
      seen.add(table);
      // Only indexes we declared (sqlite_autoindex_* have no sql and back PRIMARY KEY / UNIQUE).
      const indexes = db
        .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`)
        .all(table) as { name: string; sql: string }[];
      for (const ix of indexes) {
        db.prepare(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`).run();
        dropped.push(ix);
      }
      return indexes.length > 0;
    },
    restore(onIndex) {
      for (const ix of dropped.splice(0)) {
        onIndex?.(ix.name);
        db.exec(ix.sql);
      }
    },
  };
}
