// customer_spells: every customer's spells up to the snapshot day, replaced as a whole. Rows are
// written in customer-id order (the history's order), so the WITHOUT ROWID b-tree only appends.
import { isoOfDay } from '../../../shared/scoring/days';
import type { SpellTable } from '../../../shared/scoring/lifecycle';
import type { Db } from '../database';
import { insertBatched, rowGroups } from './batch-insert';

const WIDTH = 4;

/** Replaces customer_spells; `ids[c]` names customer c of the spell table. */
export function writeSpells(db: Db, ids: readonly string[], spells: SpellTable, onRows?: (done: number) => void): void {
  db.prepare('DELETE FROM customer_spells').run();
  const total = spells.start.length;
  const customerOf = new Uint32Array(total);
  for (let c = 0; c + 1 < spells.offsets.length; c++) customerOf.fill(c, spells.offsets[c], spells.offsets[c + 1]);
  // Spell days repeat (a few thousand distinct days): format each once.
  const text = new Map<number, string>();
  const iso = (day: number): string => {
    let s = text.get(day);
    if (s === undefined) text.set(day, (s = isoOfDay(day)));
    return s;
  };
  insertBatched(
    db,
    (k) => `INSERT INTO customer_spells (customer_id, spell, start_date, end_date) VALUES ${rowGroups(k, WIDTH)}`,
    WIDTH,
    total,
    (k, p, at) => {
      const c = customerOf[k]!;
      const end = spells.end[k]!;
      p[at] = ids[c]!;
      p[at + 1] = k - spells.offsets[c]! + 1;
      p[at + 2] = iso(spells.start[k]!);
      p[at + 3] = Number.isFinite(end) ? iso(end) : null;
    },
    onRows,
  );
}
