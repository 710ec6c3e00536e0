// Enum categories come in the catalog's code order (tier healthy → watch → atRisk, value tier
// high → medium → low), unknown codes and empty values last, other dimensions untouched.
import { describe, expect, it } from 'vitest';
import { baseCatalog } from '../../../shared/catalog';
import { orderByEnumCodes } from '../../../shared/dashboards/enum-order';

describe('orderByEnumCodes', () => {
  it('orders a value × risk grid by both enums, empties last', () => {
    const rows = [
      ['low', 'atRisk', 1],
      ['high', 'watch', 2],
      [null, 'healthy', 3],
      ['medium', 'healthy', 4],
      ['high', 'atRisk', 5],
      ['high', 'healthy', 6],
    ];
    const out = orderByEnumCodes(rows, ['value_tier', 'tier'], 'customer', baseCatalog);
    expect(out.map((r) => r[2])).toEqual([6, 2, 5, 4, 1, 3]);
  });

  it('leaves text dimensions in the order they came', () => {
    const rows = [
      ['华南', 1],
      ['华东', 2],
    ];
    expect(orderByEnumCodes(rows, ['region'], 'customer', baseCatalog)).toEqual(rows);
  });
});
