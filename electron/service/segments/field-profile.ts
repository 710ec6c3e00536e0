// What the builder's value picker shows for one catalog field: categories with their customer
// counts (most frequent first, searchable), a numeric histogram with N equal bins, dates by
// month, or for saved_segment the saved segments with their sizes. The field's column comes from
// the catalog (whitelisted); an attribute's key and every search text are bound values.
import type { FieldProfile } from '../../../shared/contract/domains/segments';
import type { FieldDef } from '../../../shared/catalog';
import { QueryError, sqliteDialect } from '../../../shared/query';
import { SAVED_SEGMENT_FIELD } from '../../../shared/segments/definition';
import type { Db } from '../../store/database';
import { workspaceCatalog } from '../../store/analytics/workspace-catalog';
import { columnKindOf } from '../../../shared/query/columnar';
import { columnarView } from '../../store/analytics/column-cache';
import { describeSegments } from './describe';
import { profileFromColumn } from './field-profile-columns';

export interface ProfileInput {
  readonly field: string;
  readonly search?: string | undefined;
  readonly limit: number;
  readonly bins: number;
}

type Bound = string | number;

/** The field's value over customer_mart as SQL, with the bound attribute path if any. */
function valueExpression(field: FieldDef): { sql: string; params: Bound[] } {
  const column = sqliteDialect.quoteIdentifier(field.column);
  if (field.attributeKey === undefined) return { sql: column, params: [] };
  return { sql: `json_extract(${column}, ?)`, params: [`$."${field.attributeKey.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`] };
}

function categories(db: Db, field: FieldDef, input: ProfileInput): FieldProfile {
  const v = valueExpression(field);
  const empty = db
    .prepare(`SELECT count(*) FROM customer_mart WHERE ${v.sql} IS NULL OR ${v.sql} = ''`)
    .pluck()
    .get(...v.params, ...v.params) as number;
  const search = input.search?.trim() ?? '';
  const searchSql = search === '' ? '' : ` AND instr(lower(CAST(${v.sql} AS TEXT)), lower(?)) > 0`;
  const searchParams = search === '' ? [] : [...v.params, search];
  const rows = db
    .prepare(
      `SELECT CAST(${v.sql} AS TEXT) AS value, count(*) AS count FROM customer_mart
       WHERE ${v.sql} IS NOT NULL AND ${v.sql} <> ''${searchSql} GROUP BY 1 ORDER BY count DESC, value LIMIT ?`,
    )
    .all(...v.params, ...v.params, ...v.params, ...searchParams, input.limit + 1) as { value: string; count: number }[];
  const values = field.type === 'boolean' ? rows.map((r) => ({ value: r.value === '1' ? 'true' : r.value === '0' ? 'false' : r.value, count: r.count })) : rows;
  return { kind: 'categories', values: values.slice(0, input.limit), truncated: rows.length > input.limit, empty };
}

function histogram(db: Db, field: FieldDef, input: ProfileInput): FieldProfile {
  const v = valueExpression(field);
  const numeric = `typeof(${v.sql}) IN ('integer', 'real')`;
  const range = db
    .prepare(`SELECT min(${v.sql}) AS min, max(${v.sql}) AS max, count(*) - sum(${numeric}) AS empty FROM customer_mart`)
    .get(...v.params, ...v.params, ...v.params) as { min: number | null; max: number | null; empty: number | null };
  const empty = range.empty ?? 0;
  if (range.min === null || range.max === null) return { kind: 'histogram', min: null, max: null, bins: [], empty };
  const { min, max } = range;
  const binCount = max === min ? 1 : input.bins;
  const width = max === min ? 1 : (max - min) / binCount;
  const counts = db
    .prepare(`SELECT min(CAST((${v.sql} - ?) / ? AS INTEGER), ?) AS bin, count(*) AS count FROM customer_mart WHERE ${numeric} GROUP BY 1`)
    .all(...v.params, min, width, binCount - 1, ...v.params) as { bin: number; count: number }[];
  const byBin = new Map(counts.map((c) => [c.bin, c.count]));
  const bins = Array.from({ length: binCount }, (_, i) => ({ low: min + i * width, high: i === binCount - 1 ? max : min + (i + 1) * width, count: byBin.get(i) ?? 0 }));
  return { kind: 'histogram', min, max, bins, empty };
}

function dates(db: Db, field: FieldDef): FieldProfile {
  const v = valueExpression(field);
  const range = db
    .prepare(`SELECT min(nullif(${v.sql}, '')) AS min, max(nullif(${v.sql}, '')) AS max, sum(${v.sql} IS NULL OR ${v.sql} = '') AS empty FROM customer_mart`)
    .get(...v.params, ...v.params, ...v.params, ...v.params) as { min: string | null; max: string | null; empty: number | null };
  const months = db
    .prepare(`SELECT substr(${v.sql}, 1, 7) AS month, count(*) AS count FROM customer_mart WHERE ${v.sql} IS NOT NULL AND ${v.sql} <> '' GROUP BY 1 ORDER BY 1`)
    .all(...v.params, ...v.params, ...v.params) as { month: string; count: number }[];
  return {
    kind: 'dates',
    min: range.min === null ? null : String(range.min).slice(0, 10),
    max: range.max === null ? null : String(range.max).slice(0, 10),
    months,
    empty: range.empty ?? 0,
  };
}

function savedSegments(db: Db, input: ProfileInput): FieldProfile {
  const search = input.search?.trim().toLowerCase() ?? '';
  const usable = describeSegments(db).filter((s) => s.broken === null && (search === '' || s.name.toLowerCase().includes(search)));
  const values = usable.map((s) => ({ value: String(s.id), count: s.size ?? 0 }));
  return { kind: 'categories', values: values.slice(0, input.limit), truncated: values.length > input.limit, empty: 0 };
}

export function fieldProfile(db: Db, input: ProfileInput): FieldProfile {
  if (input.field === SAVED_SEGMENT_FIELD) return savedSegments(db, input);
  const field = workspaceCatalog(db).field('customer', input.field);
  if (!field) throw new QueryError('UNKNOWN_FIELD', { field: input.field });
  // A large mart: one pass over the in-memory column (often loaded already by the preview).
  if (field.attributeKey === undefined) {
    const kind = columnKindOf(field.type);
    const column = columnarView(db, new Map([[field.column, kind]]))?.column(field.column);
    if (column) return profileFromColumn(field.type, column, input);
  }
  if (field.type === 'number') return histogram(db, field, input);
  if (field.type === 'date') return dates(db, field);
  return categories(db, field, input);
}
