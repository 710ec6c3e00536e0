// The Customers grid's score columns → customers.list: the tier filter's choices, percentage
// filters on probabilities, and which score columns the host may sort.
import { describe, expect, it } from 'vitest';
import { CustomerListInputSchema } from '../../shared/contract/operations';
import { translateFilterModel, translateSortModel } from '../../renderer/features/customers/filter-model';
import { tierFilterModel } from '../../renderer/features/customers/TierFilter';
import { formatPercentInput, parsePercent, scoreColumnDefs } from '../../renderer/features/customers/score-columns';

describe('score column filters', () => {
  it('sends a picked tier as tier = code, "not scored" as tier blank, and "all" as no filter', () => {
    expect(translateFilterModel({ tier: tierFilterModel('atRisk') }).filters).toEqual([{ column: 'tier', op: 'equals', value: 'atRisk' }]);
    expect(translateFilterModel({ tier: tierFilterModel('unscored') }).filters).toEqual([{ column: 'tier', op: 'blank' }]);
    expect(tierFilterModel('all')).toBeNull();
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
    expect(translateSortModel([{ colId: 'churn_probability', sort: 'desc' }, { colId: 'reasons', sort: 'asc' }])).toEqual([
      { column: 'churn_probability', direction: 'desc' },
    ]);
    const t = ((key: string) => key) as unknown as Parameters<typeof scoreColumnDefs>[0];
    const defs = scoreColumnDefs(t, 'en');
    const sortable = defs.filter((d) => d.sortable !== false && d.filter !== false).map((d) => d.colId);
    expect(sortable).toEqual(['health_score', 'tier', 'churn_probability', 'p_alive', 'clv']);
    expect(defs.every((d) => d.colId === 'reasons' || d.field === d.colId)).toBe(true);
  });
});
