// The members of a call list, read from the customer mart in the order a retention team works
// it: most likely to churn first, the more valuable first among equals, customers not scored
// last. One statement, consumed through stmt.iterate() page by page: SQLite sorts once (its
// sorter spills to temporary files, not to this process's memory) and the rows stream out, so
// neither the list nor a page outlives its turn, and the writer yields between pages (to a
// cancel, to the file stream). The job's connection is its own, so the open cursor blocks no
// one. The WHERE is the caller's (a saved segment's or a rule's, compiled with bound values);
// contact values come out of the attributes JSON by bound paths.
import type { BoundValue } from '../../../shared/query';
import type { Db } from '../../store/database';
import type { MemberRow } from './columns';

export interface MembersWhere {
  /** A condition over customer_mart's columns, unqualified. */
  readonly sql: string;
  readonly params: readonly BoundValue[];
}

export const DEFAULT_PAGE_ROWS = 2_000;

const BASE_COLUMNS = 'customer_id, name, owner, region, city, lifecycle, tier, health_score, churn_probability, reasons, value_tier, value_risk, clv';
const CALL_ORDER = 'churn_probability IS NULL, churn_probability DESC, clv IS NULL, clv DESC, customer_id';

/** The JSON path of one attribute key, quoted as the compiler's SQLite dialect does. */
const attributePath = (key: string): string => `$.${JSON.stringify(key)}`;

export function countMembers(db: Db, where: MembersWhere): number {
  return db
    .prepare(`SELECT count(*) FROM customer_mart WHERE (${where.sql})`)
    .pluck()
    .get(...where.params) as number;
}

type RawRow = Omit<MemberRow, 'contacts'> & Record<`contact_${number}`, string | number | null>;

function toMember(raw: RawRow, contactCount: number): MemberRow {
  const contacts: (string | number | null)[] = [];
  for (let i = 0; i < contactCount; i++) contacts.push(raw[`contact_${i}`] ?? null);
  return {
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
  };
}

/** Pages of at most `pageRows` members; leaving the loop early closes the statement. */
export function* memberPages(db: Db, where: MembersWhere, contactKeys: readonly string[], pageRows = DEFAULT_PAGE_ROWS): Generator<MemberRow[]> {
  const contactSql = contactKeys.map((_, i) => `, json_extract(attributes, ?) AS contact_${i}`).join('');
  const statement = db.prepare(`SELECT ${BASE_COLUMNS}${contactSql} FROM customer_mart WHERE (${where.sql}) ORDER BY ${CALL_ORDER}`);
  let page: MemberRow[] = [];
  for (const raw of statement.iterate(...contactKeys.map(attributePath), ...where.params) as IterableIterator<RawRow>) {
    page.push(toMember(raw, contactKeys.length));
    if (page.length === pageRows) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}
