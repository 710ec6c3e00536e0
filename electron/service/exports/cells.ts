// A cell as an export holds it: an enum code becomes its word (the tier "atRisk" → 高风险) and
// the '__other__' group "其他", while numbers stay numbers and dates stay ISO text, so Excel keeps
// number formats and sorting and the writers decide how a date shows.
import type { Cell, DataColumn } from '../../../shared/dashboards/widget-data';
import { OTHER_GROUP, type ExportLabels } from './chart-context';

const VALUES_PREFIX = 'catalog:values.';

export function exportCell(column: DataColumn, value: Cell, labels: ExportLabels): Cell {
  if (typeof value !== 'string') return value;
  if (value === OTHER_GROUP || column.valueLabelPrefix?.startsWith(VALUES_PREFIX)) return labels.cell(column, value);
  return value;
}

/** A row mapper for a table's columns: enum columns and the '__other__' group looked up, every other cell kept. */
export function rowMapper(columns: readonly DataColumn[], labels: ExportLabels): (row: readonly Cell[]) => Cell[] {
  const enums = columns.map((c) => c.valueLabelPrefix?.startsWith(VALUES_PREFIX) === true);
  return (row) => row.map((cell, i) => (enums[i] === true || cell === OTHER_GROUP ? exportCell(columns[i]!, cell, labels) : cell));
}
