// Short writes on saved segments, on the session's connection (service thread): save a dynamic
// segment, rename / re-describe, duplicate, delete. A rule is checked against the workspace's
// catalog and the other segments before it is stored (a rule that reaches itself is a cycle);
// names are unique ignoring ASCII case; delete is refused while anything uses the segment.
import { AppError } from '../../../shared/contract/errors';
import type { OperationParsedInput } from '../../../shared/contract/operations';
import { SEGMENT_NAME_MAX, type Segment } from '../../../shared/segments/definition';
import type { Db } from '../../store/database';
import { compileCustomerFilter, customerFilterContext } from '../../store/segments/filter-context';
import { copyListMembers } from '../../store/segments/list-members';
import { segmentNotFound } from '../../store/segments/members-where';
import { deleteSegmentRow, insertSegmentRow, segmentRow, segmentRowByName, segmentTags, updateSegmentRow } from '../../store/segments/segment-rows';
import { segmentUsers } from '../../store/segments/users';
import { describeSegment } from './describe';

const now = () => new Date().toISOString();

function nameTaken(name: string): AppError {
  return new AppError('INVALID_INPUT', `a segment named ${name} already exists`, { reason: 'segmentNameTaken', params: { name } });
}

/** Refuses a name another segment has (ASCII case ignored, as the unique index compares). */
export function assertNameFree(db: Db, name: string, exceptId?: number): void {
  const other = segmentRowByName(db, name);
  if (other && other.id !== exceptId) throw nameTaken(name);
}

export function saveSegment(db: Db, input: OperationParsedInput<'segment.save'>): Segment {
  const existing = input.id === undefined ? undefined : segmentRow(db, input.id);
  if (input.id !== undefined && !existing) throw segmentNotFound(input.id);
  if (existing && existing.kind !== 'dynamic') throw new AppError('INVALID_INPUT', `segment ${existing.id} is a list: it has no rule`);
  const overrides = existing ? new Map([[existing.id, input.definition.filter]]) : new Map();
  // Throws the QueryError that names the unknown field, operator or segment (invalidQuery).
  compileCustomerFilter(input.definition.filter, customerFilterContext(db, { overrides }));
  const id = db.transaction(() => {
    assertNameFree(db, input.name, existing?.id);
    const details = { name: input.name, description: input.description, tags: input.tags, color: input.color, definition: JSON.stringify(input.definition) };
    if (existing) {
      updateSegmentRow(db, existing.id, details, now());
      return existing.id;
    }
    return insertSegmentRow(db, { ...details, kind: 'dynamic', frozenFrom: null }, now());
  })();
  return describeSegment(db, id);
}

export function renameSegment(db: Db, input: OperationParsedInput<'segment.rename'>): Segment {
  db.transaction(() => {
    const row = segmentRow(db, input.id);
    if (!row) throw segmentNotFound(input.id);
    const name = input.name ?? row.name;
    assertNameFree(db, name, row.id);
    updateSegmentRow(db, row.id, { name, description: input.description ?? row.description, tags: input.tags ?? segmentTags(row), color: input.color ?? row.color }, now());
  })();
  return describeSegment(db, input.id);
}

/** "<name> (copy)", "<name> (copy 2)" … the first that is free, cut to fit the name limit. */
export function copyName(db: Db, name: string): string {
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${name.slice(0, SEGMENT_NAME_MAX - suffix.length)}${suffix}`;
    if (!segmentRowByName(db, candidate)) return candidate;
  }
}

export function duplicateSegment(db: Db, input: OperationParsedInput<'segment.duplicate'>): Segment {
  const id = db.transaction(() => {
    const row = segmentRow(db, input.id);
    if (!row) throw segmentNotFound(input.id);
    const name = input.name ?? copyName(db, row.name);
    assertNameFree(db, name);
    const copy = insertSegmentRow(
      db,
      { kind: row.kind, name, description: row.description, tags: segmentTags(row), color: row.color, definition: row.definition, frozenFrom: row.frozen_from },
      now(),
    );
    if (row.kind === 'list') copyListMembers(db, row.id, copy);
    return copy;
  })();
  return describeSegment(db, id);
}

export function deleteSegment(db: Db, input: OperationParsedInput<'segment.delete'>): { deleted: true } {
  db.transaction(() => {
    const row = segmentRow(db, input.id);
    if (!row) throw segmentNotFound(input.id);
    const users = segmentUsers(db, row);
    if (users.length > 0) {
      throw new AppError('INVALID_INPUT', `segment ${row.id} is used by ${users.map((u) => `${u.kind} ${u.name}`).join(', ')}`, {
        reason: 'segmentInUse',
        params: { users: users.map((u) => u.name).join(', '), count: users.length },
      });
    }
    deleteSegmentRow(db, row.id);
  })();
  return { deleted: true };
}
