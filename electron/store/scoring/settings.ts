// Scoring configuration rows: the churn definition and scoring settings (settings table,
// JSON values) and the numbered health-score configuration versions.
import { ChurnDefinitionSchema, defaultChurnDefinition, type ChurnDefinition } from '../../../shared/scoring/churn-definition';
import { defaultHealthConfig, HealthConfigSchema, type HealthConfig } from '../../../shared/scoring/health-config';
import { defaultScoringSettings, ScoringSettingsSchema, type ScoringSettings } from '../../../shared/scoring/scoring-settings';
import { AppError } from '../../../shared/contract/errors';
import type { Db } from '../database';

const CHURN_KEY = 'churn.definition';
const SCORING_KEY = 'scoring.settings';

function readSetting(db: Db, key: string): unknown {
  const text = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function writeSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
}

/** A stored value that no longer parses (hand-edited, older shape) falls back to the default. */
export function getChurnDefinition(db: Db): ChurnDefinition {
  const parsed = ChurnDefinitionSchema.safeParse(readSetting(db, CHURN_KEY) ?? {});
  return parsed.success ? parsed.data : defaultChurnDefinition;
}

export function saveChurnDefinition(db: Db, def: ChurnDefinition): ChurnDefinition {
  writeSetting(db, CHURN_KEY, def);
  return def;
}

export function getScoringSettings(db: Db): ScoringSettings {
  const parsed = ScoringSettingsSchema.safeParse(readSetting(db, SCORING_KEY) ?? {});
  return parsed.success ? parsed.data : defaultScoringSettings;
}

export function saveScoringSettings(db: Db, settings: ScoringSettings): ScoringSettings {
  writeSetting(db, SCORING_KEY, settings);
  return settings;
}

export interface HealthVersion {
  version: number;
  createdAt: string | null;
  note: string | null;
  config: HealthConfig;
}

/** Version 0 is the built-in default, in effect until the analyst saves a version. */
export function getHealthConfig(db: Db, version?: number): HealthVersion {
  const row = (
    version === undefined
      ? db.prepare('SELECT version, created_at, note, config FROM health_configs ORDER BY version DESC LIMIT 1').get()
      : db.prepare('SELECT version, created_at, note, config FROM health_configs WHERE version = ?').get(version)
  ) as { version: number; created_at: string; note: string | null; config: string } | undefined;
  if (!row) {
    if (version !== undefined && version !== 0)
      throw new AppError('NOT_FOUND', `health configuration version ${version} does not exist`, { reason: 'healthVersionNotFound', params: { version } });
    return { version: 0, createdAt: null, note: 'default', config: defaultHealthConfig };
  }
  const parsed = HealthConfigSchema.safeParse(JSON.parse(row.config));
  if (!parsed.success)
    throw new AppError('INTERNAL', `health configuration version ${row.version} is damaged`, { reason: 'healthConfigDamaged', params: { version: row.version } });
  return { version: row.version, createdAt: row.created_at, note: row.note, config: parsed.data };
}

export function listHealthVersions(db: Db): { version: number; createdAt: string; note: string | null }[] {
  return db.prepare('SELECT version, created_at AS createdAt, note FROM health_configs ORDER BY version DESC').all() as {
    version: number;
    createdAt: string;
    note: string | null;
  }[];
}

export function saveHealthConfig(db: Db, config: HealthConfig, note: string | null): { version: number; createdAt: string; note: string | null } {
  const createdAt = new Date().toISOString();
  const info = db
    .prepare('INSERT INTO health_configs (version, created_at, note, config) VALUES ((SELECT coalesce(max(version), 0) + 1 FROM health_configs), ?, ?, ?)')
    .run(createdAt, note, JSON.stringify(config));
  const version = db.prepare('SELECT version FROM health_configs WHERE rowid = ?').pluck().get(info.lastInsertRowid) as number;
  return { version, createdAt, note };
}
