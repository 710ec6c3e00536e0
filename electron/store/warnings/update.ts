// The inbox's writes: acknowledge, assign, resolve (with a note) and reopen, on picked warnings or
// on every warning matching a filter (bulk) — one INSERT of events and one UPDATE either way, over
// the same WHERE. Only armed rows in the action's from-states change (shared/warnings/state-machine.ts
// WARNING_ACTIONS); the answer carries their previous state, assignee and note so the inbox can
// undo with restoreWarnings.
import type { WarningSelection, WarningState } from '../../../shared/contract/domains/warnings';
import type { BoundValue } from '../../../shared/query';
import { WARNING_ACTIONS, type WarningAction } from '../../../shared/warnings/state-machine';
import type { Db } from '../database';
import { warningFilterWhere, type WhereSql } from './filter-where';

export interface PreviousWarning {
  readonly id: number;
  readonly state: WarningState;
  readonly assignee: string | null;
  readonly note: string;
}

export interface WarningChange {
  readonly action: WarningAction;
  /** For assign: who works it now ('' = nobody). */
  readonly assignee?: string;
  /** Replaces the note when given. */
  readonly note?: string;
}

function selectionWhere(db: Db, selection: WarningSelection): WhereSql {
  // Ids travel as one JSON array: 100 000 of them exceed SQLite's bound-parameter limit.
  if ('ids' in selection) return { sql: 'w.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(selection.ids)] };
  return warningFilterWhere(db, selection.filter);
}

export function updateWarnings(db: Db, selection: WarningSelection, change: WarningChange, now: string): { updated: number; previous: PreviousWarning[] } {
  const rule = WARNING_ACTIONS[change.action];
  const chosen = selectionWhere(db, selection);
  const from = rule.from.map((s) => `'${s}'`).join(', ');
  const where = `w.cleared_snapshot_id IS NULL AND w.state IN (${from}) AND ${chosen.sql}`;
  const state = rule.to === null ? 'w.state' : `'${rule.to}'`;
  const assignee = change.action === 'assign' ? `nullif(:assignee, '')` : 'w.assignee';
  const note = change.note === undefined ? 'w.note' : ':note';
  const named: Record<string, BoundValue> = { now, assignee: change.assignee ?? '', note: change.note ?? '' };
  // The filter's values are positional, the change's named: better-sqlite3 binds both in one call.
  return db.transaction(() => {
    const previous = db.prepare(`SELECT w.id, w.state, w.assignee, w.note FROM warnings w WHERE ${where} ORDER BY w.id`).all(...chosen.params) as PreviousWarning[];
    if (previous.length === 0) return { updated: 0, previous };
    db.prepare(
      `INSERT INTO warning_events (warning_id, at, action, from_state, to_state, assignee, note)
       SELECT w.id, :now, '${change.action}', w.state, ${state}, ${assignee}, ${note} FROM warnings w WHERE ${where}`,
    ).run(...chosen.params, named);
    const updated = db
      .prepare(`UPDATE warnings AS w SET state = ${state}, assignee = ${assignee}, note = ${note}, updated_at = :now WHERE ${where}`)
      .run(...chosen.params, named).changes;
    return { updated, previous };
  })();
}

/** Puts warnings back as updateWarnings answered them; a warning a refresh has cleared since stays as it is. */
export function restoreWarnings(db: Db, previous: readonly PreviousWarning[], now: string): number {
  const rows = JSON.stringify(previous.filter((p) => p.state !== 'expired'));
  const match = `FROM json_each(:rows) p JOIN warnings w ON w.id = p.value ->> '$.id' WHERE w.cleared_snapshot_id IS NULL`;
  return db.transaction(() => {
    db.prepare(
      `INSERT INTO warning_events (warning_id, at, action, from_state, to_state, assignee, note)
       SELECT w.id, :now, 'restore', w.state, p.value ->> '$.state', p.value ->> '$.assignee', coalesce(p.value ->> '$.note', '') ${match}`,
    ).run({ rows, now });
    return db
      .prepare(
        `UPDATE warnings SET state = p.value ->> '$.state', assignee = p.value ->> '$.assignee', note = coalesce(p.value ->> '$.note', ''), updated_at = :now
         FROM json_each(:rows) p WHERE warnings.id = p.value ->> '$.id' AND warnings.cleared_snapshot_id IS NULL`,
      )
      .run({ rows, now }).changes;
  })();
}
