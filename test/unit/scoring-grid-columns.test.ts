// The Customers grid's score columns → customers.list: the tier filter's choices, percentage
// filters on probabilities, and which score columns the host may sort.
import { describe, expect, it } from 'vitest';
import { CustomerListInputSchema } from '../../shared/contract/operations';
import { translateFilterModel, translateSortModel } from '../../renderer/features/customers/filter-model';
import { tierFilterModel } from '../../renderer/features/customers/TierFilter';
import { formatPercentInput, parsePercent } from '../../renderer/features/customers/score-columns';
import { customerColumnDefs } from '../../renderer/features/customers/column-defs';
import { enumFilterModel } from '../../renderer/features/customers/EnumFilter';
import type { CatalogLabels } from '../../renderer/i18n/catalog-label';
import { baseCatalog } from '../../shared/catalog';

describe('score column filters', () => {
  it('sends a picked tier as tier = code, churned as lifecycle = churned, "not scored" as tier blank and not churned, "all" as no filter', () => {
    expect(translateFilterModel({ tier: tierFilterModel('atRisk') }).filters).toEqual([{ column: 'tier', op: 'equals', value: 'atRisk' }]);
    expect(translateFilterModel({ tier: tierFilterModel('churned') }).filters).toEqual([{ column: 'lifecycle', op: 'equals', value: 'churned' }]);
    expect(translateFilterModel({ tier: tierFilterModel('unscored') }).filters).toEqual([
      { column: 'tier', op: 'blank' },
      { column: 'lifecycle', op: 'notEqual', value: 'churned' },
    ]);
    expect(tierFilterModel('all')).toBeNull();
  });

  it('sends one picked enum code as equals and several as an `in` condition of the filter AST', () => {
    expect(translateFilterModel({ lifecycle: enumFilterModel(['churned']) })).toEqual({ filters: [{ column: 'lifecycle', op: 'equals', value: 'churned' }], ignored: [] });
    const both = translateFilterModel({ lifecycle: enumFilterModel(['active', 'prospect', 'bogus']), status: enumFilterModel(['cancelled']) });
    expect(both.filters).toEqual([{ column: 'status', op: 'equals', value: 'cancelled' }]);
    expect(both.filter).toEqual({ kind: 'condition', field: 'lifecycle', op: 'in', values: ['active', 'prospect'] });
    expect(() => CustomerListInputSchema.parse({ filters: both.filters, filter: both.filter })).not.toThrow();
    expect(enumFilterModel([])).toBeNull();
  });

  it('reads a typed percentage as the stored fraction and shows it back as typed', () => {
    expect(parsePercent('35')).toBe(0.35);
    expect(parsePercent('12.5%')).toBe(0.125);
    expect(parsePercent('')).toBeNull();
    expect(parsePercent('abc')).toBeNull();
    expect(formatPercentInput(0.35)).toBe('35');
    expect(formatPercentInput(parsePercent('7.1'))).toBe('7.1');
    const { filters, ignored } = translateFilterModel({
      churn_probability: { filterType: 'number', type: 'greaterThanOrEqual', filter: parsePercent('50') },
      health_score: { filterType: 'number', type: 'lessThan', filter: 40 },
    });
    expect(ignored).toEqual([]);
    expect(filters).toEqual([
      { column: 'churn_probability', op: 'greaterThanOrEqual', value: 0.5 },
      { column: 'health_score', op: 'lessThan', value: 40 },
    ]);
    expect(() => CustomerListInputSchema.parse({ filters })).not.toThrow();
  });

  it('sorts by score columns on the host; reasons are neither sortable nor filterable', () => {
    expect(
      translateSortModel([
        { colId: 'churn_probability', sort: 'desc' },
        { colId: 'reasons', sort: 'asc' },
      ]),
    ).toEqual([{ column: 'churn_probability', direction: 'desc' }]);
    const t = ((key: string) => key) as unknown as Parameters<typeof customerColumnDefs>[1];
    const labels: CatalogLabels = { field: (id) => `label:${id}`, value: (_f, code) => code, measure: (id) => id, help: () => '' };
    const defs = customerColumnDefs(labels, t, 'en');
    const notSortable = defs.filter((d) => d.sortable === false || d.filter === false).map((d) => d.colId);
    expect(notSortable).toEqual(['reasons']);
    // Every other column is a catalog field of the customer source, headed by its catalog label.
    for (const d of defs.filter((x) => x.colId !== 'reasons')) {
      expect(baseCatalog.field('customer', d.colId ?? '')).toBeDefined();
      expect(d.field).toBe(d.colId);
      expect(d.headerName).toBe(`label:${d.colId}`);
    }
    expect(defs.map((d) => d.colId)).toEqual(expect.arrayContaining(['lifecycle', 'tier', 'status', 'health_score', 'churn_probability', 'churn_date', 'churn_kind']));
  });
});
