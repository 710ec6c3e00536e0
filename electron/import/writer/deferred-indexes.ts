// Bulk loads are much faster when secondary indexes are built once, by sorting, after the rows
// are in, than when every row updates them in random order. Inside the import's transaction
// an index dropped here and recreated before commit is atomic like everything else: a crash
// or rollback restores it untouched. Primary keys (used by upsert) are never dropped.
import type { Db } from '../../store/database';

export interface DeferredIndexes {
  /** Drops the secondary indexes of a table (once); returns whether it did. */
  defer(table: string): boolean;
  /** Recreates the dropped indexes (of one table, or all) from their original definitions. */
  restore(table?: string): void;
}

export function deferredIndexes(db: Db): DeferredIndexes {
  let dropped: { table: string; name: string; sql: string }[] = [];
  const seen = new Set<string>();
  return {
    defer(table) {
      if (seen.has(table)) return false;
      seen.add(table);
      // Only indexes we declared (sqlite_autoindex_* have no sql and back PRIMARY KEY / UNIQUE).
      const indexes = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`).all(table) as { name: string; sql: string }[];
      for (const ix of indexes) {
        db.prepare(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`).run();
        dropped.push({ table, ...ix });
      }
      return indexes.length > 0;
    },
    restore(table) {
      const now = dropped.filter((ix) => table === undefined || ix.table === table);
      dropped = dropped.filter((ix) => !now.includes(ix));
      for (const ix of now) db.exec(ix.sql);
    },
  };
}
