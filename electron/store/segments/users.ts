// Who uses a saved segment: deleting it is refused while anything does, naming them. Each kind of
// user is one provider; the dashboard, warning-rule and campaign issues add theirs to USERS.
import type { FilterNode } from '../../../shared/query/ast';
import { SAVED_SEGMENT_FIELD, type SegmentUser } from '../../../shared/segments/definition';
import { baseCatalog } from '../../../shared/catalog';
import { directSegmentRefs } from '../../../shared/query/segment-ref';
import type { Db } from '../database';
import { readDashboardSpec } from '../dashboards/dashboard-read';
import { allDashboardRows } from '../dashboards/dashboard-rows';
import { readDefinition } from './definition-read';
import { conditionRefs } from './referenced';
import { findSegmentRow } from './resolver';
import { allSegmentRows, type SegmentRow } from './segment-rows';

export type SegmentUsersProvider = (db: Db, segment: SegmentRow) => SegmentUser[];

/** Whether a rule names the segment, each reference found the way the resolver finds it. */
function references(db: Db, node: FilterNode, segment: SegmentRow): boolean {
  if (node.kind === 'group') return node.children.some((c) => references(db, c, segment));
  if (node.kind === 'not') return references(db, node.child, segment);
  if (node.field !== SAVED_SEGMENT_FIELD) return false;
  return conditionRefs(node).some((ref) => findSegmentRow(db, ref)?.id === segment.id);
}

/** Other dynamic segments whose rule has a saved_segment condition naming this one. */
export const segmentsReferencing: SegmentUsersProvider = (db, segment) => {
  const users: SegmentUser[] = [];
  for (const row of allSegmentRows(db)) {
    if (row.id === segment.id || row.definition === null) continue;
    let filter: FilterNode;
    try {
      filter = readDefinition(row.definition, row.id).filter;
    } catch {
      continue; // An unreadable rule references nothing it could evaluate.
    }
    if (references(db, filter, segment)) users.push({ kind: 'segment', id: row.id, name: row.name });
  }
  return users;
};

/** Saved dashboards with a widget whose own filter has a saved_segment condition naming this one. */
export const dashboardsReferencing: SegmentUsersProvider = (db, segment) => {
  const users: SegmentUser[] = [];
  for (const row of allDashboardRows(db)) {
    const spec = readDashboardSpec(row);
    if (!spec) continue; // An unreadable spec is never evaluated, so it uses nothing.
    const uses = spec.widgets.some((widget) => {
      if (widget.kind === 'text' || widget.filter === undefined) return false;
      const source = widget.source;
      return directSegmentRefs(widget.filter, (id) => baseCatalog.field(source, id)).some((ref) => findSegmentRow(db, ref)?.id === segment.id);
    });
    if (uses) users.push({ kind: 'dashboard', id: row.id, name: row.name });
  }
  return users;
};

export const SEGMENT_USERS: readonly SegmentUsersProvider[] = [segmentsReferencing, dashboardsReferencing];

export function segmentUsers(db: Db, segment: SegmentRow): SegmentUser[] {
  return SEGMENT_USERS.flatMap((provider) => provider(db, segment));
}
