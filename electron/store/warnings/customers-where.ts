// The customers of a warning list as a WHERE over customer_mart (no alias), like the segments'
// membersWhere: a campaign whose audience is "these warnings" (the inbox's filter) takes the
// customers with at least one matching warning, each once. Refusals are the filter's own
// (segmentNotFound / segmentBroken for a segment filter).
import type { WarningFilter } from '../../../shared/contract/domains/warnings';
import type { BoundValue } from '../../../shared/query';
import type { Db } from '../database';
import { warningFilterWhere } from './filter-where';

export function warningCustomersWhere(db: Db, filter: WarningFilter): { sql: string; params: BoundValue[] } {
  const where = warningFilterWhere(db, filter);
  return { sql: `customer_id IN (SELECT w.customer_id FROM warnings w WHERE ${where.sql})`, params: where.params };
}
