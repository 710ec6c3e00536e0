// The customers a call-list export or a freeze takes, as a WHERE over customer_mart (no alias):
// a saved segment or list, or an unsaved rule. A missing segment is refused with
// segmentNotFound, a broken one with segmentBroken (its QueryError code and params); an unsaved
// rule that does not compile throws its QueryError (the service reports it as invalidQuery).
import { AppError } from '../../../shared/contract/errors';
import type { SegmentSource } from '../../../shared/contract/domains/segments';
import type { BoundValue } from '../../../shared/query';
import type { Db } from '../database';
import { checkSegment } from './broken';
import { compileCustomerFilter, customerFilterContext, type CustomerFilterContext } from './filter-context';
import { segmentRow } from './segment-rows';

export function segmentNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', `segment ${id} does not exist`, { reason: 'segmentNotFound', params: { id } });
}

export function membersWhere(db: Db, source: SegmentSource, context: CustomerFilterContext = customerFilterContext(db)): { sql: string; params: BoundValue[] } {
  if ('filter' in source) return compileCustomerFilter(source.filter, context);
  const row = segmentRow(db, source.segmentId);
  if (!row) throw segmentNotFound(source.segmentId);
  const check = checkSegment(row, context);
  if (check.kind === 'broken') {
    throw new AppError('INVALID_INPUT', `segment ${row.id} is broken: ${check.broken.code}`, {
      reason: 'segmentBroken',
      params: { ...check.broken.params, code: check.broken.code, name: row.name },
    });
  }
  if (check.kind === 'list') return { sql: 'customer_id IN (SELECT customer_id FROM segment_list_members WHERE segment_id = ?)', params: [row.id] };
  return compileCustomerFilter(check.filter, context);
}
