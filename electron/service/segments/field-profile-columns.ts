// The value picker's profiles from a column the columnar engine already holds in memory
// (column-cache.ts): one pass over the column instead of a GROUP BY over the mart's rows. The
// answers equal field-profile.ts's SQL: text compared and ordered as SQLite does (code points,
// lower() folding ASCII only), NULL and '' counted as empty.
import type { FieldProfile } from '../../../shared/contract/domains/segments';
import { compareCodePoints, type ColumnData, type NumberColumn, type TextColumn } from '../../../shared/query/columnar';
import { foldAsciiCase } from '../../../shared/query/lower';

export interface ColumnProfileInput {
  readonly search?: string | undefined;
  readonly limit: number;
  readonly bins: number;
}

function codeCounts(column: TextColumn): Float64Array {
  const counts = new Float64Array(column.dictionary.length + 1);
  const codes = column.codes;
  for (let i = 0; i < codes.length; i += 1) counts[codes[i]!]! += 1;
  return counts;
}

function textCategories(column: TextColumn, input: ColumnProfileInput): FieldProfile {
  const counts = codeCounts(column);
  const search = foldAsciiCase(input.search?.trim() ?? '');
  let empty = counts[0]!;
  const values: { value: string; count: number }[] = [];
  column.dictionary.forEach((value, i) => {
    const count = counts[i + 1]!;
    if (value === '') empty += count;
    else if (count > 0 && (search === '' || foldAsciiCase(value).includes(search))) values.push({ value, count });
  });
  values.sort((a, b) => b.count - a.count || compareCodePoints(a.value, b.value));
  return { kind: 'categories', values: values.slice(0, input.limit), truncated: values.length > input.limit, empty };
}

function booleanCategories(column: NumberColumn, input: ColumnProfileInput): FieldProfile {
  const counts = new Map<number, number>();
  let empty = 0;
  for (const v of column.values) {
    if (Number.isNaN(v)) empty += 1;
    else counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const search = foldAsciiCase(input.search?.trim() ?? '');
  const values = [...counts]
    .map(([v, count]) => ({ text: String(v), value: v === 1 ? 'true' : v === 0 ? 'false' : String(v), count }))
    .filter((v) => search === '' || v.text.includes(search))
    .sort((a, b) => b.count - a.count || compareCodePoints(a.text, b.text))
    .map(({ value, count }) => ({ value, count }));
  return { kind: 'categories', values: values.slice(0, input.limit), truncated: values.length > input.limit, empty };
}

function histogram(column: NumberColumn, input: ColumnProfileInput): FieldProfile {
  let min = Infinity;
  let max = -Infinity;
  let empty = 0;
  for (const v of column.values) {
    if (Number.isNaN(v)) empty += 1;
    else {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  if (min > max) return { kind: 'histogram', min: null, max: null, bins: [], empty };
  const binCount = max === min ? 1 : input.bins;
  const width = max === min ? 1 : (max - min) / binCount;
  const counts = new Float64Array(binCount);
  for (const v of column.values) if (!Number.isNaN(v)) counts[Math.min(Math.trunc((v - min) / width), binCount - 1)]! += 1;
  const bins = Array.from(counts, (count, i) => ({ low: min + i * width, high: i === binCount - 1 ? max : min + (i + 1) * width, count }));
  return { kind: 'histogram', min, max, bins, empty };
}

function dates(column: TextColumn): FieldProfile {
  const counts = codeCounts(column);
  let empty = counts[0]!;
  const months = new Map<string, number>();
  let min: string | null = null;
  let max: string | null = null;
  for (const [i, value] of column.dictionary.entries()) {
    const count = counts[i + 1]!;
    if (value === '') empty += count;
    else if (count > 0) {
      // The dictionary is in code-point order: the first present value is the minimum.
      min ??= value;
      max = value;
      const month = value.slice(0, 7);
      months.set(month, (months.get(month) ?? 0) + count);
    }
  }
  const ordered = [...months].sort(([a], [b]) => compareCodePoints(a, b)).map(([month, count]) => ({ month, count }));
  return { kind: 'dates', min: min === null ? null : min.slice(0, 10), max: max === null ? null : max.slice(0, 10), months: ordered, empty };
}

export function profileFromColumn(type: 'text' | 'enum' | 'number' | 'date' | 'boolean', column: ColumnData, input: ColumnProfileInput): FieldProfile {
  if (column.kind === 'number') return type === 'boolean' ? booleanCategories(column, input) : histogram(column, input);
  return type === 'date' ? dates(column) : textCategories(column, input);
}
