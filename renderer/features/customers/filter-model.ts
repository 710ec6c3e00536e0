// Translates AG Grid's column filter and sort models into the customers.list contract.
// The contract is a flat AND of single conditions, so AND-combined conditions are flattened,
// and whatever it cannot express (OR, date presets, unknown columns) is reported as ignored
// rather than silently changing what the analyst asked for.
import type { ColumnFilter, FilterOp } from '../../../shared/contract/operations';
import { FilterOpSchema } from '../../../shared/contract/operations';
import { customerListColumns, isCustomerListColumn, type CustomerListColumn } from '../../../shared/domain/customer-columns';

interface SimpleCondition {
  filterType?: string;
  type?: string | null;
  filter?: string | number | null;
  filterTo?: string | number | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}

interface CombinedCondition {
  filterType?: string;
  operator: string;
  conditions: SimpleCondition[];
}

export interface TranslatedFilters {
  filters: ColumnFilter[];
  /** Columns whose filter could not be expressed and is therefore not applied. */
  ignored: CustomerListColumn[];
}

/** The contract's limits (see CustomerListInputSchema). */
const MAX_FILTERS = 50;
const MAX_SORT = 5;
const MAX_TEXT = 1000;

const noValueOps = new Set<FilterOp>(['blank', 'notBlank']);

function isCombined(model: unknown): model is CombinedCondition {
  return typeof model === 'object' && model !== null && Array.isArray((model as { conditions?: unknown }).conditions);
}

/** AG Grid dates arrive as "YYYY-MM-DD hh:mm:ss"; the store keeps plain dates. */
function dateValue(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const day = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

function scalarValue(value: string | number | null | undefined, kind: 'text' | 'number'): string | number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (kind === 'number') {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return String(value).slice(0, MAX_TEXT);
}

/** One condition → one contract filter, or null when it cannot be expressed. */
function translateCondition(column: CustomerListColumn, condition: SimpleCondition): ColumnFilter | null {
  const op = FilterOpSchema.safeParse(condition.type);
  if (!op.success) return null;
  if (noValueOps.has(op.data)) return { column, op: op.data };
  const kind = customerListColumns[column].kind;
  const value = kind === 'date' ? dateValue(condition.dateFrom) : scalarValue(condition.filter, kind);
  if (value === undefined) return null;
  if (op.data !== 'inRange') return { column, op: op.data, value };
  const valueTo = kind === 'date' ? dateValue(condition.dateTo) : scalarValue(condition.filterTo, kind);
  if (valueTo === undefined) return null;
  return { column, op: op.data, value, valueTo };
}

function translateColumn(column: CustomerListColumn, model: unknown): ColumnFilter[] | null {
  if (isCombined(model)) {
    if (model.conditions.length === 1 && model.conditions[0]) {
      const single = translateCondition(column, model.conditions[0]);
      return single ? [single] : null;
    }
    if (model.operator !== 'AND') return null;
    const out: ColumnFilter[] = [];
    for (const condition of model.conditions) {
      const translated = translateCondition(column, condition);
      if (!translated) return null;
      out.push(translated);
    }
    return out;
  }
  if (typeof model !== 'object' || model === null) return null;
  const single = translateCondition(column, model);
  return single ? [single] : null;
}

export function translateFilterModel(filterModel: unknown): TranslatedFilters {
  const filters: ColumnFilter[] = [];
  const ignored: CustomerListColumn[] = [];
  if (typeof filterModel !== 'object' || filterModel === null) return { filters, ignored };
  for (const [column, model] of Object.entries(filterModel as Record<string, unknown>)) {
    if (!isCustomerListColumn(column)) continue;
    const translated = translateColumn(column, model);
    if (translated) filters.push(...translated);
    else ignored.push(column);
  }
  return { filters: filters.slice(0, MAX_FILTERS), ignored };
}

export interface SortItem {
  colId: string;
  sort: 'asc' | 'desc';
}

export function translateSortModel(sortModel: readonly SortItem[]): { column: CustomerListColumn; direction: 'asc' | 'desc' }[] {
  return sortModel
    .filter((s): s is SortItem & { colId: CustomerListColumn } => isCustomerListColumn(s.colId))
    .slice(0, MAX_SORT)
    .map((s) => ({ column: s.colId, direction: s.sort }));
}
