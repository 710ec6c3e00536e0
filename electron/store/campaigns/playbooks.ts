// Statements over the playbook library (migration 011): the seeded six keep their code, so the UI
// names them in the analyst's language until someone renames one; value × risk groups and reason
// types are JSON arrays. A playbook some campaign uses cannot be deleted (playbookInUse).
import { AppError } from '../../../shared/contract/errors';
import { BuiltinPlaybookSchema, ChannelSchema, type Playbook, type PlaybookWriteSchema } from '../../../shared/contract/domains/campaigns';
import { REASON_TYPE_CODES, VALUE_RISK_CODES } from '../../../shared/catalog/customer-fields';
import type { z } from 'zod';
import type { Db } from '../database';
import { playbookNotFound } from './errors';

interface PlaybookRow {
  readonly id: number;
  readonly code: string | null;
  readonly name: string | null;
  readonly description: string;
  readonly channel: string;
  readonly cost_per_contact: number;
  readonly value_risk: string;
  readonly reason_types: string;
  readonly updated_at: string;
  readonly campaigns: number;
}

const SELECT = `SELECT p.id, p.code, p.name, p.description, p.channel, p.cost_per_contact, p.value_risk, p.reason_types, p.updated_at,
  (SELECT count(*) FROM campaigns c WHERE c.playbook_id = p.id) AS campaigns FROM playbooks p`;

function codes<T extends string>(text: string, allowed: readonly T[]): T[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((v): v is T => typeof v === 'string' && (allowed as readonly string[]).includes(v)) : [];
  } catch {
    return [];
  }
}

function toPlaybook(row: PlaybookRow): Playbook {
  const builtin = BuiltinPlaybookSchema.safeParse(row.code);
  const channel = ChannelSchema.safeParse(row.channel);
  return {
    id: row.id,
    name: row.name,
    builtin: builtin.success ? builtin.data : null,
    description: row.description,
    channel: channel.success ? channel.data : 'other',
    costPerContact: row.cost_per_contact,
    valueRisk: codes(row.value_risk, VALUE_RISK_CODES),
    reasonTypes: codes(row.reason_types, REASON_TYPE_CODES),
    updatedAt: row.updated_at,
    campaigns: row.campaigns,
  };
}

export function listPlaybooks(db: Db): Playbook[] {
  return (db.prepare(`${SELECT} ORDER BY p.id`).all() as PlaybookRow[]).map(toPlaybook);
}

export function playbookById(db: Db, id: number): Playbook | null {
  const row = db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as PlaybookRow | undefined;
  return row ? toPlaybook(row) : null;
}

export function requirePlaybook(db: Db, id: number): Playbook {
  const playbook = playbookById(db, id);
  if (!playbook) throw playbookNotFound(id);
  return playbook;
}

export function playbookByCode(db: Db, code: string): Playbook | null {
  const id = db.prepare('SELECT id FROM playbooks WHERE code = ?').pluck().get(code) as number | undefined;
  return id === undefined ? null : playbookById(db, id);
}

export function savePlaybook(db: Db, input: z.output<typeof PlaybookWriteSchema>, now: string = new Date().toISOString()): Playbook {
  const values = [input.name, input.description, input.channel, input.costPerContact, JSON.stringify(input.valueRisk), JSON.stringify(input.reasonTypes)];
  if (input.id !== undefined) {
    requirePlaybook(db, input.id);
    db.prepare(`UPDATE playbooks SET name = ?, description = ?, channel = ?, cost_per_contact = ?, value_risk = ?, reason_types = ?, updated_at = ? WHERE id = ?`).run(
      ...values,
      now,
      input.id,
    );
    return requirePlaybook(db, input.id);
  }
  const result = db
    .prepare(`INSERT INTO playbooks (name, description, channel, cost_per_contact, value_risk, reason_types, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(...values, now, now);
  return requirePlaybook(db, Number(result.lastInsertRowid));
}

export function deletePlaybook(db: Db, id: number): boolean {
  const playbook = requirePlaybook(db, id);
  if (playbook.campaigns > 0) {
    throw new AppError('INVALID_INPUT', `playbook ${id} is used by ${playbook.campaigns} campaigns`, {
      reason: 'playbookInUse',
      params: { id, campaigns: playbook.campaigns },
    });
  }
  return db.prepare('DELETE FROM playbooks WHERE id = ?').run(id).changes > 0;
}
