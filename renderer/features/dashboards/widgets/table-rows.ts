// A table widget's rows as antd records: in list mode with `groupBy`, a header record before
// each run of the same group value (the evaluator sorts by the group first), with its count.
import type { Cell, WidgetData } from '../../../../shared/dashboards/widget-data';

export interface GroupRecord {
  kind: 'group';
  key: string;
  value: Cell;
  count: number;
}

export interface RowRecord {
  kind: 'row';
  key: string;
  /** The row's position in data.rows (test ids and keyboard use it). */
  n: number;
  cells: readonly Cell[];
}

export type TableRecord = GroupRecord | RowRecord;

export function tableRecords(data: WidgetData, groupBy: string | undefined): TableRecord[] {
  const g = groupBy ? data.columns.findIndex((c) => c.key === groupBy) : -1;
  const records: TableRecord[] = [];
  let header: GroupRecord | null = null;
  data.rows.forEach((cells, n) => {
    if (g >= 0) {
      const value = cells[g] ?? null;
      if (!header || header.value !== value) {
        header = { kind: 'group', key: `g-${records.length}`, value, count: 0 };
        records.push(header);
      }
      header.count += 1;
    }
    records.push({ kind: 'row', key: `r-${n}`, n, cells });
  });
  return records;
}
