// "Freeze as list": today's members of a saved segment (or of an unsaved rule) stored as a new
// static list, in one transaction on the job's connection. The list remembers the segment it was
// frozen from; it keeps its members when that segment later changes or is deleted.
import type { Segment } from '../../../shared/segments/definition';
import type { Db } from '../../store/database';
import { membersWhere } from '../../store/segments/members-where';
import { insertSegmentRow } from '../../store/segments/segment-rows';
import type { JobInput } from '../jobs/kinds';
import type { Progress } from '../scoring/progress';
import { describeSegment } from './describe';
import { assertNameFree } from './writes';

export function freezeSegment(db: Db, input: JobInput<'segment.freeze'>, progress: Progress): Segment {
  progress('writing', 0, 1);
  const where = membersWhere(db, input.source);
  const id = db.transaction(() => {
    assertNameFree(db, input.name);
    const frozenFrom = 'segmentId' in input.source ? input.source.segmentId : null;
    const list = insertSegmentRow(
      db,
      { kind: 'list', name: input.name, description: input.description, tags: input.tags, color: input.color, definition: null, frozenFrom },
      new Date().toISOString(),
    );
    db.prepare(`INSERT INTO segment_list_members (segment_id, customer_id) SELECT ?, customer_id FROM customer_mart WHERE ${where.sql}`).run(list, ...where.params);
    return list;
  })();
  progress('writing', 1, 1);
  return describeSegment(db, id);
}
