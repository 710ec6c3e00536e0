// Categories of an enum field in the catalog's order (tier: healthy, watch, atRisk; value tier:
// high, medium, low), not alphabetically by code: a heat map's axes and a stacked bar's stacks
// read in the order the analyst thinks in. Unknown codes and empty values follow, in the order
// they came.
import type { Catalog, SourceId } from '../catalog';
import type { Cell } from './widget-data';

/** Rows of a chart ordered by each enum dimension's code order, first dimension first; stable. */
export function orderByEnumCodes(rows: readonly Cell[][], dimensionFields: readonly string[], source: SourceId, catalog: Catalog): Cell[][] {
  const ranks = dimensionFields.map((id) => {
    const values = catalog.field(source, id)?.values;
    return values ? new Map(values.map((code, i) => [code, i])) : undefined;
  });
  if (ranks.every((r) => r === undefined)) return rows.map((row) => [...row]);
  const rankOf = (row: readonly Cell[], d: number): number => {
    const rank = ranks[d];
    if (!rank) return 0;
    const value = row[d];
    return typeof value === 'string' ? (rank.get(value) ?? rank.size) : rank.size + 1;
  };
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      for (let d = 0; d < ranks.length; d++) {
        const diff = rankOf(a.row, d) - rankOf(b.row, d);
        if (diff !== 0) return diff;
      }
      return a.i - b.i;
    })
    .map(({ row }) => [...row]);
}
