// A saved segment referenced from a filter (the catalog's saved_segment field): the service
// resolves a reference to the segment's own filter or to a stored list of customer ids.
import type { FilterNode, FilterValue } from './ast';

export type ResolvedSegment = { readonly kind: 'filter'; readonly id: number; readonly filter: FilterNode } | { readonly kind: 'list'; readonly id: number };
export type SegmentResolver = (ref: FilterValue) => ResolvedSegment | undefined;
