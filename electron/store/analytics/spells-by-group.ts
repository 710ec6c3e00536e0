// Customers' values of one catalog field from the customer mart, and every mart customer's
// active spells (customer_spells, written by the refresh with the snapshot's churn definition)
// beside that value: churn rates by any dimension without reloading the event history. The field's column
// comes from the catalog (whitelisted); an attribute's key is bound as a value.
import type { Catalog } from '../../../shared/catalog';
import type { Spell } from '../../../shared/scoring/churn';
import { dayOf } from '../../../shared/scoring/days';
import { QueryError, sqliteDialect } from '../../../shared/query';
import type { Db } from '../database';

export interface SpellsByGroup {
  spells: Spell[][];
  groups: string[];
}

const BLANK = '(blank)';

/** SQL of a field's value over the mart aliased m, and its bound parameters. */
function groupExpression(catalog: Catalog, fieldId: string | undefined): { sql: string; params: string[] } {
  if (fieldId === undefined) return { sql: `'all'`, params: [] };
  const field = catalog.field('customer', fieldId);
  if (!field) throw new QueryError('UNKNOWN_FIELD', { field: fieldId });
  const column = `m.${sqliteDialect.quoteIdentifier(field.column)}`;
  if (field.attributeKey === undefined) return { sql: column, params: [] };
  return { sql: `json_extract(${column}, ?)`, params: [`$."${field.attributeKey.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`] };
}

const label = (v: string | number | null): string => (v === null || v === '' ? BLANK : String(v));

/** Every mart customer's value of the field, as the group label churn rates are split by. */
export function martGroups(db: Db, catalog: Catalog, fieldId: string | undefined): Map<string, string> {
  const g = groupExpression(catalog, fieldId);
  const out = new Map<string, string>();
  const rows = db
    .prepare(`SELECT m.customer_id, ${g.sql} FROM customer_mart m`)
    .raw(true)
    .iterate(...g.params) as IterableIterator<[string, string | number | null]>;
  for (const [id, v] of rows) out.set(id, label(v));
  return out;
}

/** Every mart customer with its spells, group, signup and first order day, and whether it has a contract end. */
export interface SpellPopulation extends SpellsByGroup {
  signupDay: Float64Array;
  firstOrderDay: Float64Array;
  contractual: Uint8Array;
}

export function spellPopulation(db: Db, catalog: Catalog, fieldId: string | undefined): SpellPopulation {
  const g = groupExpression(catalog, fieldId);
  const spells: Spell[][] = [];
  const groups: string[] = [];
  const signup: number[] = [];
  const firstOrder: number[] = [];
  const contractual: number[] = [];
  let current: string | null = null;
  const day = (v: string | null) => (v === null ? NaN : dayOf(v.slice(0, 10)));
  const rows = db
    .prepare(
      `SELECT m.customer_id, s.start_date, s.end_date, ${g.sql}, m.signup_date, m.first_order_date, m.contract_end
       FROM customer_mart m LEFT JOIN customer_spells s ON s.customer_id = m.customer_id ORDER BY m.customer_id, s.spell`,
    )
    .raw(true)
    .iterate(...g.params) as IterableIterator<[string, string | null, string | null, string | number | null, string | null, string | null, string | null]>;
  for (const [id, start, end, group, signupDate, firstOrderDate, contractEnd] of rows) {
    if (id !== current) {
      current = id;
      spells.push([]);
      groups.push(label(group));
      signup.push(day(signupDate));
      firstOrder.push(day(firstOrderDate));
      contractual.push(contractEnd === null ? 0 : 1);
    }
    if (start !== null) spells[spells.length - 1]!.push({ start: dayOf(start), end: end === null ? Infinity : dayOf(end) });
  }
  return { spells, groups, signupDay: Float64Array.from(signup), firstOrderDay: Float64Array.from(firstOrder), contractual: Uint8Array.from(contractual) };
}
