// The grid's Segments column: the saved segments and lists each customer belongs to now
// (customers.list's `row.segments` ids), as tags in each segment's colour. Names and colours come
// from segment.list through the grid's context, so a rename shows without re-reading rows.
import type { ColDef } from 'ag-grid-community';
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { CustomerRow } from '../../../shared/contract/operations';
import { segmentHref } from '../../app/routes';
import { SegmentTag } from '../../components/SegmentTag';

export interface SegmentLabel {
  name: string;
  color: string;
}

/** The grid's context: segment id → name and colour (empty until segment.list answers). */
export interface SegmentGridContext {
  segments: Map<number, SegmentLabel>;
}

export const SEGMENTS_COLUMN = 'segments';

export function SegmentTagsCell({ data, context }: CustomCellRendererProps<CustomerRow, unknown, SegmentGridContext>) {
  const ids = data?.segments ?? [];
  if (ids.length === 0) return null;
  return (
    <span data-testid="customer-segments" data-ids={ids.join(',')} style={{ display: 'flex', alignItems: 'center', height: '100%', overflow: 'hidden', whiteSpace: 'nowrap' }}>
      {ids.map((id) => {
        const label = context?.segments.get(id);
        return label ? <SegmentTag key={id} name={label.name} color={label.color} href={segmentHref(id)} /> : null;
      })}
    </span>
  );
}

export function segmentsColumn(header: string): ColDef<CustomerRow> {
  return {
    colId: SEGMENTS_COLUMN,
    headerName: header,
    headerTooltip: header,
    width: 180,
    valueGetter: (p) => p.data?.segments?.join(',') ?? null,
    tooltipValueGetter: (p) => {
      const context = p.context as SegmentGridContext | undefined;
      const names = (p.data?.segments ?? []).map((id) => context?.segments.get(id)?.name).filter(Boolean);
      return names.length ? names.join(', ') : null;
    },
    cellRenderer: SegmentTagsCell,
    // Membership is filtered by the Segments control above the grid, not by a column filter.
    sortable: false,
    filter: false,
  };
}
