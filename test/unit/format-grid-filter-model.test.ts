// The Customers grid's AG Grid filter/sort models → customers.list request translation.
import { describe, expect, it } from 'vitest';
import { CustomerListInputSchema } from '../../shared/contract/operations';
import { translateFilterModel, translateSortModel } from '../../renderer/features/customers/filter-model';

describe('translateFilterModel', () => {
  it('translates single text, number and date conditions', () => {
    const { filters, ignored } = translateFilterModel({
      name: { filterType: 'text', type: 'contains', filter: '王' },
      order_count: { filterType: 'number', type: 'greaterThanOrEqual', filter: 3 },
      signup_date: { filterType: 'date', type: 'lessThan', dateFrom: '2024-01-01 00:00:00', dateTo: null },
    });
    expect(ignored).toEqual([]);
    expect(filters).toEqual([
      { column: 'name', op: 'contains', value: '王' },
      { column: 'order_count', op: 'greaterThanOrEqual', value: 3 },
      { column: 'signup_date', op: 'lessThan', value: '2024-01-01' },
    ]);
    expect(() => CustomerListInputSchema.parse({ filters })).not.toThrow();
  });

  it('translates ranges and value-less operators', () => {
    const { filters } = translateFilterModel({
      total_amount: { filterType: 'number', type: 'inRange', filter: 100, filterTo: 500 },
      last_order_date: { filterType: 'date', type: 'inRange', dateFrom: '2024-01-01 00:00:00', dateTo: '2024-03-31 00:00:00' },
      cancel_reason: { filterType: 'text', type: 'blank' },
    });
    expect(filters).toEqual([
      { column: 'total_amount', op: 'inRange', value: 100, valueTo: 500 },
      { column: 'last_order_date', op: 'inRange', value: '2024-01-01', valueTo: '2024-03-31' },
      { column: 'cancel_reason', op: 'blank' },
    ]);
  });

  it('flattens AND-combined conditions', () => {
    const { filters, ignored } = translateFilterModel({
      city: {
        filterType: 'text',
        operator: 'AND',
        conditions: [
          { filterType: 'text', type: 'startsWith', filter: '上' },
          { filterType: 'text', type: 'notEqual', filter: '上饶' },
        ],
      },
    });
    expect(ignored).toEqual([]);
    expect(filters).toEqual([
      { column: 'city', op: 'startsWith', value: '上' },
      { column: 'city', op: 'notEqual', value: '上饶' },
    ]);
  });

  it('reports OR-combined conditions as ignored instead of narrowing the result', () => {
    const { filters, ignored } = translateFilterModel({
      region: {
        filterType: 'text',
        operator: 'OR',
        conditions: [
          { filterType: 'text', type: 'equals', filter: '华东' },
          { filterType: 'text', type: 'equals', filter: '华南' },
        ],
      },
      name: { filterType: 'text', type: 'contains', filter: 'a' },
    });
    expect(filters).toEqual([{ column: 'name', op: 'contains', value: 'a' }]);
    expect(ignored).toEqual(['region']);
  });

  it('ignores date presets, unknown columns and conditions without a value', () => {
    const { filters, ignored } = translateFilterModel({
      signup_date: { filterType: 'date', type: 'last30Days' },
      'c.name; DROP TABLE customers': { filterType: 'text', type: 'equals', filter: 'x' },
      order_count: { filterType: 'number', type: 'equals', filter: null },
    });
    expect(filters).toEqual([]);
    expect(ignored).toEqual(['signup_date', 'order_count']);
  });

  it('accepts an empty or missing model', () => {
    expect(translateFilterModel({})).toEqual({ filters: [], ignored: [] });
    expect(translateFilterModel(null)).toEqual({ filters: [], ignored: [] });
  });
});

describe('translateSortModel', () => {
  it('keeps whitelisted columns, in order, at most five', () => {
    const sort = translateSortModel([
      { colId: 'total_amount', sort: 'desc' },
      { colId: 'bogus', sort: 'asc' },
      { colId: 'name', sort: 'asc' },
      { colId: 'city', sort: 'asc' },
      { colId: 'region', sort: 'asc' },
      { colId: 'owner', sort: 'asc' },
      { colId: 'status', sort: 'asc' },
    ]);
    expect(sort).toEqual([
      { column: 'total_amount', direction: 'desc' },
      { column: 'name', direction: 'asc' },
      { column: 'city', direction: 'asc' },
      { column: 'region', direction: 'asc' },
      { column: 'owner', direction: 'asc' },
    ]);
  });
});
