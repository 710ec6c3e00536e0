// The inbox's filter (WarningFilter) as a WHERE over `warnings w`: the one translation the list,
// the summary, bulk updates, the export by owner and a campaign's audience share, so "these
// warnings" means the same rows everywhere. Every value is bound; a segment goes through the
// segments' own resolution (membersWhere), so a missing or broken one is refused the same way.
import type { WarningFilter, WarningState } from '../../../shared/contract/domains/warnings';
import type { BoundValue } from '../../../shared/query';
import { LIKE_ESCAPE, likePattern } from '../../../shared/query/dialect';
import type { Db } from '../database';
import { membersWhere } from '../segments/members-where';

export interface WhereSql {
  readonly sql: string;
  readonly params: BoundValue[];
}

/** What the inbox shows when no state is chosen: the warnings somebody still has to work. */
export const DEFAULT_STATES: readonly WarningState[] = ['open', 'acknowledged'];

/** The snapshot of the newest evaluation: warnings fired on it are "new". */
export const NEWEST_EVALUATION_SQL = '(SELECT snapshot_id FROM warning_evaluations ORDER BY as_of DESC, snapshot_id DESC LIMIT 1)';

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

export function warningFilterWhere(db: Db, filter: WarningFilter): WhereSql {
  const parts: string[] = [];
  const params: BoundValue[] = [];
  const states = filter.states && filter.states.length > 0 ? filter.states : DEFAULT_STATES;
  parts.push(`w.state IN (${marks(states.length)})`);
  params.push(...states);
  if (filter.ruleIds && filter.ruleIds.length > 0) {
    parts.push(`w.rule_id IN (${marks(filter.ruleIds.length)})`);
    params.push(...filter.ruleIds);
  }
  if (filter.severities && filter.severities.length > 0) {
    parts.push(`w.severity IN (${marks(filter.severities.length)})`);
    params.push(...filter.severities);
  }
  if (filter.owners && filter.owners.length > 0) {
    // A name matches the customer's owner or whoever works the warning now; '' is "no owner".
    const named = filter.owners.filter((o) => o !== '');
    const alternatives: string[] = [];
    if (named.length > 0) {
      alternatives.push(`w.owner IN (${marks(named.length)})`, `w.assignee IN (${marks(named.length)})`);
      params.push(...named, ...named);
    }
    if (named.length < filter.owners.length) alternatives.push(`(w.owner IS NULL AND w.assignee IS NULL)`);
    parts.push(`(${alternatives.join(' OR ')})`);
  }
  if (filter.customerId !== undefined) {
    parts.push('w.customer_id = ?');
    params.push(filter.customerId);
  }
  if (filter.onlyNew) parts.push(`w.fired_snapshot_id = ${NEWEST_EVALUATION_SQL}`);
  const search = filter.search?.trim();
  if (search) {
    const pattern = likePattern(search.toLowerCase(), 'contains');
    parts.push(`(lower(w.customer_id) LIKE ? ESCAPE '${LIKE_ESCAPE}' OR w.customer_id IN (SELECT customer_id FROM customers WHERE lower(name) LIKE ? ESCAPE '${LIKE_ESCAPE}'))`);
    params.push(pattern, pattern);
  }
  if (filter.segmentId !== undefined) {
    // Membership now, on the current mart: the segment's own WHERE, unaliased, in a subquery.
    const members = membersWhere(db, { segmentId: filter.segmentId });
    parts.push(`w.customer_id IN (SELECT customer_id FROM customer_mart WHERE ${members.sql})`);
    params.push(...members.params);
  }
  return { sql: parts.join(' AND '), params };
}
