// The values of a packaged field with their customer counts (the viewer's filter bar): from the
// customer cube when it has the field (its `_customers` are customers), else from a month cube
// (customers active or acquired, summed over the packaged months), else from a list (rows).
// The column is a catalog entry's, checked when the file was opened; the search is bound.
import type { OpenDashboardFile } from './open-file';

const PREFERENCE = ['cube_customer', 'cube_cohort_month', 'cube_churn_month'];

export function packagedFieldValues(
  file: OpenDashboardFile,
  input: { field: string; search?: string; limit: number },
): { values: { value: string; count: number }[]; truncated: boolean } {
  const holders = file.entries.filter((e) => e.kind === 'field' && e.def.id === input.field && 'column' in e.def);
  const rank = (table: string) => {
    const i = PREFERENCE.indexOf(table);
    return i >= 0 ? i : PREFERENCE.length;
  };
  const holder = [...holders].sort((a, b) => rank(a.table) - rank(b.table))[0];
  if (!holder || !('column' in holder.def)) return { values: [], truncated: false };
  const column = holder.def.column;
  const size = holder.table.startsWith('cube_') ? 'sum("_customers")' : 'count(*)';
  const search = input.search?.trim() ?? '';
  const rows = file.db
    .prepare(
      `SELECT "${column}" AS value, ${size} AS count FROM "${holder.table}" WHERE "${column}" IS NOT NULL AND (? = '' OR instr(lower(CAST("${column}" AS TEXT)), lower(?)) > 0)
       GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?`,
    )
    .all(search, search, input.limit + 1) as { value: unknown; count: unknown }[];
  const values = rows
    .slice(0, input.limit)
    .map((r) => ({ value: String(r.value).slice(0, 1000), count: Number.isSafeInteger(r.count) && Number(r.count) >= 0 ? Number(r.count) : 0 }));
  return { values, truncated: rows.length > input.limit };
}
