// Translates AG Grid's column filter and sort models into the customers.list contract. Columns
// are catalog fields of the customer source (shared/catalog); an id that is not one never
// leaves the renderer. Single conditions become the contract's flat column filters (AND-combined
// conditions are flattened); a set filter picking several codes becomes an `in` condition of
// the filter AST. Whatever cannot be expressed (OR, date presets) is reported as ignored rather
// than silently changing what the analyst asked for.
import type { ColumnFilter, FilterOp } from '../../../shared/contract/operations';
import { FilterOpSchema } from '../../../shared/contract/operations';
import { baseCatalog } from '../../../shared/catalog';
import type { FieldDef } from '../../../shared/catalog/types';
import type { FilterNode } from '../../../shared/query/ast';

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

/** The model of a set filter over an enum field's codes (EnumFilter). */
export interface EnumFilterModel {
  filterType: 'enum';
  values: string[];
}

/** The Tier column's choices: a tier, churned (no tier: lifecycle churned), or not scored. */
export type TierChoice = 'healthy' | 'watch' | 'atRisk' | 'churned' | 'unscored';

export interface TierFilterModel {
  filterType: 'tier';
  choice: TierChoice;
}

export interface TranslatedFilters {
  filters: ColumnFilter[];
  /** Conditions the flat list cannot carry (a set of several codes), ANDed with it. */
  filter?: FilterNode;
  /** Columns whose filter could not be expressed and is therefore not applied. */
  ignored: string[];
}

/** The contract's limits (see CustomerListInputSchema). */
const MAX_FILTERS = 50;
const MAX_SORT = 5;
const MAX_TEXT = 1000;

const noValueOps = new Set<FilterOp>(['blank', 'notBlank']);

/** A filterable or sortable grid column: a catalog field of the customer mart (not an imported attribute). */
export function gridField(column: string): FieldDef | undefined {
  const field = baseCatalog.field('customer', column);
  return field && field.attributeKey === undefined ? field : undefined;
}

type ValueKind = 'text' | 'number' | 'date';

function kindOf(field: FieldDef): ValueKind {
  return field.type === 'number' ? 'number' : field.type === 'date' ? 'date' : 'text';
}

function isCombined(model: unknown): model is CombinedCondition {
  return typeof model === 'object' && model !== null && Array.isArray((model as { conditions?: unknown }).conditions);
}

function isEnumModel(model: unknown): model is EnumFilterModel {
  return typeof model === 'object' && model !== null && (model as { filterType?: unknown }).filterType === 'enum' && Array.isArray((model as { values?: unknown }).values);
}

function isTierModel(model: unknown): model is TierFilterModel {
  return typeof model === 'object' && model !== null && (model as { filterType?: unknown }).filterType === 'tier';
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
function translateCondition(column: string, kind: ValueKind, condition: SimpleCondition): ColumnFilter | null {
  const op = FilterOpSchema.safeParse(condition.type);
  if (!op.success) return null;
  if (noValueOps.has(op.data)) return { column, op: op.data };
  const value = kind === 'date' ? dateValue(condition.dateFrom) : scalarValue(condition.filter, kind);
  if (value === undefined) return null;
  if (op.data !== 'inRange') return { column, op: op.data, value };
  const valueTo = kind === 'date' ? dateValue(condition.dateTo) : scalarValue(condition.filterTo, kind);
  if (valueTo === undefined) return null;
  return { column, op: op.data, value, valueTo };
}

function translateColumn(column: string, kind: ValueKind, model: unknown): ColumnFilter[] | null {
  if (isCombined(model)) {
    if (model.conditions.length === 1 && model.conditions[0]) {
      const single = translateCondition(column, kind, model.conditions[0]);
      return single ? [single] : null;
    }
    if (model.operator !== 'AND') return null;
    const out: ColumnFilter[] = [];
    for (const condition of model.conditions) {
      const translated = translateCondition(column, kind, condition);
      if (!translated) return null;
      out.push(translated);
    }
    return out;
  }
  if (typeof model !== 'object' || model === null) return null;
  const single = translateCondition(column, kind, model);
  return single ? [single] : null;
}

/** The Tier column's choice as flat filters: churned customers have no tier, so they are asked by lifecycle. */
export function tierChoiceFilters(choice: TierChoice): ColumnFilter[] {
  switch (choice) {
    case 'churned':
      return [{ column: 'lifecycle', op: 'equals', value: 'churned' }];
    case 'unscored':
      return [
        { column: 'tier', op: 'blank' },
        { column: 'lifecycle', op: 'notEqual', value: 'churned' },
      ];
    default:
      return [{ column: 'tier', op: 'equals', value: choice }];
  }
}

export function translateFilterModel(filterModel: unknown): TranslatedFilters {
  const filters: ColumnFilter[] = [];
  const nodes: FilterNode[] = [];
  const ignored: string[] = [];
  if (typeof filterModel !== 'object' || filterModel === null) return { filters, ignored };
  for (const [column, model] of Object.entries(filterModel as Record<string, unknown>)) {
    const field = gridField(column);
    if (!field) continue;
    if (isTierModel(model)) {
      filters.push(...tierChoiceFilters(model.choice));
      continue;
    }
    if (isEnumModel(model)) {
      const codes = model.values.filter((v): v is string => typeof v === 'string' && (field.values?.includes(v) ?? false));
      if (codes.length === 1 && codes[0] !== undefined) filters.push({ column, op: 'equals', value: codes[0] });
      else if (codes.length > 1) nodes.push({ kind: 'condition', field: column, op: 'in', values: codes });
      continue;
    }
    const translated = translateColumn(column, kindOf(field), model);
    if (translated) filters.push(...translated);
    else ignored.push(column);
  }
  const filter: FilterNode | undefined = nodes.length === 0 ? undefined : nodes.length === 1 ? nodes[0] : { kind: 'group', op: 'and', children: nodes };
  return { filters: filters.slice(0, MAX_FILTERS), ...(filter ? { filter } : {}), ignored };
}

export interface SortItem {
  colId: string;
  sort: 'asc' | 'desc';
}

export function translateSortModel(sortModel: readonly SortItem[]): { column: string; direction: 'asc' | 'desc' }[] {
  return sortModel
    .filter((s) => gridField(s.colId) !== undefined)
    .slice(0, MAX_SORT)
    .map((s) => ({ column: s.colId, direction: s.sort }));
}
