// Whether a saved segment can still be evaluated on this workspace: its definition is read and
// compiled against the workspace's catalog and the other saved segments. A QueryError (an
// attribute dropped by a re-import, a field that changed type, a referenced segment deleted, a
// cycle) makes it broken with that code and params; it never escapes as a crash.
import { isQueryError } from '../../../shared/query/errors';
import type { FilterNode } from '../../../shared/query/ast';
import type { SegmentBroken } from '../../../shared/segments/definition';
import { compileCustomerFilter, type CustomerFilterContext } from './filter-context';
import { readDefinition } from './definition-read';
import type { SegmentRow } from './segment-rows';

export type SegmentCheck =
  | { readonly kind: 'list'; readonly broken: null }
  | { readonly kind: 'dynamic'; readonly broken: null; readonly filter: FilterNode }
  | { readonly kind: 'broken'; readonly broken: SegmentBroken };

/** A list is never broken; a dynamic segment with its filter when it compiles. */
export function checkSegment(row: SegmentRow, context: CustomerFilterContext): SegmentCheck {
  if (row.kind === 'list') return { kind: 'list', broken: null };
  try {
    const filter = readDefinition(row.definition ?? '', row.id).filter;
    compileCustomerFilter(filter, context);
    return { kind: 'dynamic', broken: null, filter };
  } catch (error) {
    if (isQueryError(error)) return { kind: 'broken', broken: { code: error.code, params: { ...error.params } } };
    throw error;
  }
}
