// Ad-hoc SQL for analysts and automation (`churn-cockpit query`). Three locks, because a
// query tool must never change a workspace: a read-only connection, a statement-kind
// whitelist (ATTACH and PRAGMA assignments count as read-only to SQLite, so the kind check
// is what stops them), and SQLite's own verdict that the prepared statement is read-only.
import { AppError } from '../../shared/contract/errors';
import { connect } from './database';

const allowedLeadingKeywords = new Set(['SELECT', 'WITH', 'VALUES', 'EXPLAIN', 'PRAGMA']);
/** Pragmas that only report; any assignment form (`PRAGMA x = y`) is refused regardless. */
const readOnlyPragmas = new Set([
  'table_info',
  'table_xinfo',
  'table_list',
  'index_list',
  'index_info',
  'index_xinfo',
  'foreign_key_list',
  'user_version',
  'application_id',
  'page_count',
  'page_size',
  'freelist_count',
  'integrity_check',
  'quick_check',
  'compile_options',
  'function_list',
  'collation_list',
  'database_list',
]);

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
}

function stripLeadingComments(sql: string): string {
  let rest = sql.trimStart();
  for (;;) {
    if (rest.startsWith('--')) {
      const nl = rest.indexOf('\n');
      rest = nl === -1 ? '' : rest.slice(nl + 1).trimStart();
    } else if (rest.startsWith('/*')) {
      const end = rest.indexOf('*/');
      rest = end === -1 ? '' : rest.slice(end + 2).trimStart();
    } else {
      return rest;
    }
  }
}

export function assertReadOnlySql(sql: string): void {
  const body = stripLeadingComments(sql);
  const keyword = /^[A-Za-z]+/.exec(body)?.[0]?.toUpperCase() ?? '';
  if (!allowedLeadingKeywords.has(keyword)) {
    throw new AppError('READ_ONLY_VIOLATION', `query is read-only: ${keyword || 'this'} statements are not allowed`);
  }
  if (keyword === 'PRAGMA') {
    const m = /^PRAGMA\s+(?:"?main"?\.)?"?([A-Za-z_]+)"?\s*(=)?/i.exec(body);
    const name = m?.[1]?.toLowerCase() ?? '';
    if (m?.[2] || !readOnlyPragmas.has(name)) {
      throw new AppError('READ_ONLY_VIOLATION', `query is read-only: PRAGMA ${name || '?'} is not allowed`);
    }
  }
}

export function runReadOnlyQuery(path: string, sql: string, maxRows: number): QueryResult {
  assertReadOnlySql(sql);
  const db = connect(path, { readonly: true, fileMustExist: true });
  try {
    let stmt;
    try {
      stmt = db.prepare(sql);
    } catch (error) {
      throw new AppError('SQL_ERROR', `query failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!stmt.readonly) throw new AppError('READ_ONLY_VIOLATION', 'query is read-only: this statement would change the workspace');
    if (!stmt.reader) throw new AppError('READ_ONLY_VIOLATION', 'query is read-only: the statement returns no rows');
    const columns = stmt.columns().map((c) => c.name);
    const rows: unknown[][] = [];
    let truncated = false;
    try {
      for (const row of stmt.raw(true).iterate() as IterableIterator<unknown[]>) {
        if (rows.length >= maxRows) {
          truncated = true;
          break;
        }
        rows.push(row);
      }
    } catch (error) {
      throw new AppError('SQL_ERROR', `query failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { columns, rows, truncated };
  } finally {
    db.close();
  }
}
