// The customer count the workspace list shows beside each file. Read on a short-lived read-only
// connection that never waits: a file that is locked, damaged or not a workspace counts as
// unknown (null) rather than holding up the list.
import { connect } from './database';

export function countCustomers(path: string): number | null {
  let db;
  try {
    db = connect(path, { readonly: true, fileMustExist: true });
  } catch {
    return null;
  }
  try {
    db.pragma('busy_timeout = 0');
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'customers'`).get();
    if (table === undefined) return null;
    const row = db.prepare('SELECT count(*) AS n FROM customers').get() as { n: number };
    return row.n;
  } catch {
    return null;
  } finally {
    db.close();
  }
}
