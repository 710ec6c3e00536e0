// The members of a call list, read from the customer mart page by page in the mart's row order
// (keyset on rowid: the table's own order, so no page sorts, whatever index the WHERE uses):
// each page is one statement run through stmt.iterate(), so neither the list nor a page's
// statement outlives the page, and the writer can yield (to a cancel, to the file stream)
// between pages without holding a cursor open. The WHERE is the caller's (a saved segment's
// or a rule's, compiled with bound values); contact values come out of the attributes JSON by
// bound paths.
import type { BoundValue } from '../../../shared/query';
import type { Db } from '../../store/database';
import type { MemberRow } from './columns';

export interface MembersWhere {
  /** A condition over customer_mart's columns, unqualified. */
  readonly sql: string;
  readonly params: readonly BoundValue[];
}

export const DEFAULT_PAGE_ROWS = 2_000;

const BASE_COLUMNS = 'rowid AS row_key, customer_id, name, owner, region, city, lifecycle, tier, health_score, churn_probability, reasons, value_tier, value_risk, clv';

/** The JSON path of one attribute key, quoted as the compiler's SQLite dialect does. */
const attributePath = (key: string): string => `$.${JSON.stringify(key)}`;

export function countMembers(db: Db, where: MembersWhere): number {
  return db
    .prepare(`SELECT count(*) FROM customer_mart WHERE (${where.sql})`)
    .pluck()
    .get(...where.params) as number;
}

type RawRow = Omit<MemberRow, 'contacts'> & { row_key: number } & Record<`contact_${number}`, string | number | null>;

export function* memberPages(db: Db, where: MembersWhere, contactKeys: readonly string[], pageRows = DEFAULT_PAGE_ROWS): Generator<MemberRow[]> {
  const contactSql = contactKeys.map((_, i) => `, json_extract(attributes, ?) AS contact_${i}`).join('');
  const contactParams = contactKeys.map(attributePath);
  const select = `SELECT ${BASE_COLUMNS}${contactSql} FROM customer_mart WHERE (${where.sql})`;
  const first = db.prepare(`${select} ORDER BY rowid LIMIT ?`);
  const next = db.prepare(`${select} AND rowid > ? ORDER BY rowid LIMIT ?`);
  let after: number | null = null;
  let last = 0;
  for (;;) {
    const params: unknown[] = after === null ? [...contactParams, ...where.params, pageRows] : [...contactParams, ...where.params, after, pageRows];
    const page: MemberRow[] = [];
    for (const raw of (after === null ? first : next).iterate(...params) as IterableIterator<RawRow>) {
      last = raw.row_key;
      const contacts = contactKeys.map((_, i) => raw[`contact_${i}`] ?? null);
      page.push({
        customer_id: raw.customer_id,
        name: raw.name,
        owner: raw.owner,
        region: raw.region,
        city: raw.city,
        lifecycle: raw.lifecycle,
        tier: raw.tier,
        health_score: raw.health_score,
        churn_probability: raw.churn_probability,
        reasons: raw.reasons,
        value_tier: raw.value_tier,
        value_risk: raw.value_risk,
        clv: raw.clv,
        contacts,
      });
    }
    if (page.length === 0) return;
    yield page;
    if (page.length < pageRows) return;
    after = last;
  }
}
