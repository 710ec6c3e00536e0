// Customers that an import's rows reference without a customers file of their own.
import { canonicalTables, type CanonicalTableName } from '../../../shared/domain/canonical-tables';
import type { ImportTarget } from '../../../shared/contract/domains/import';
import type { Db } from '../../store/database';
import type { DeferredIndexes } from './deferred-indexes';
import { quoteIdent } from './identifiers';

/** What this needs of a table the import wrote. */
export interface WrittenTable {
  readonly plan: { readonly target: ImportTarget };
  readonly canonical: unknown;
  /** Rows of the target with a larger rowid were written by this import; null when every row may have been. */
  readonly rowidAfter: number | null;
  readonly result: { readonly rowsImported: number };
}

/**
 * Creates the customers that rows written by this import reference (an orders file without a
 * customers file). Done in SQL over the written rows rather than by collecting ids while
 * streaming: a set of a million ids cost the writer thread time and ~100 MB of memory.
 */
export function createReferencedCustomers(db: Db, tables: readonly WrittenTable[], indexes: DeferredIndexes): number {
  const from = new Map<CanonicalTableName, { rowidAfter: number | null; rows: number }>();
  for (const t of tables) {
    const target = t.plan.target;
    if (target === 'raw' || target === 'customers' || !canonicalTables[target].referencesCustomer || !t.canonical) continue;
    const seen = from.get(target);
    const rowidAfter = seen === undefined ? t.rowidAfter : seen.rowidAfter === null || t.rowidAfter === null ? null : Math.min(seen.rowidAfter, t.rowidAfter);
    from.set(target, { rowidAfter, rows: (seen?.rows ?? 0) + t.result.rowsImported });
  }
  if (!from.size) return 0;
  const known = db.prepare('SELECT count(*) FROM customers').pluck().get() as number;
  // At most one new customer per written row: when that can outnumber the customers there are, rebuilding their indexes afterwards is cheaper.
  if ([...from.values()].reduce((a, f) => a + f.rows, 0) > known) indexes.defer('customers');
  let created = 0;
  for (const [target, f] of from) {
    const table = quoteIdent(target);
    created += db
      .prepare(`INSERT OR IGNORE INTO customers (customer_id) SELECT DISTINCT customer_id FROM ${table} WHERE customer_id IS NOT NULL AND rowid > ?`)
      .run(f.rowidAfter ?? Number.MIN_SAFE_INTEGER).changes;
  }
  return created;
}
