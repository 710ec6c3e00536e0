// Opens a dashboard file (*.churndash) for the viewer: a read-only connection with query_only
// and an untrusted schema, then every check BEFORE anything in it is trusted, in this order:
// the SQLite header; sqlite_schema holds only the tables a writer makes (a view, trigger,
// index or unknown table is refused), each with exactly the DDL the writer would give it; the
// required tables; the manifest's format version; the checksum over every row; every spec
// parsed with DashboardSpecSchema; every catalog row parsed strictly, its identifiers matching
// the pattern and naming columns of its table. A refusal is AppError 'dashboardFileRefused'
// {file, code, …}; nothing in the file is ever executed.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/contract/errors';
import { DashboardFileManifestSchema, type DashboardFileManifest } from '../../../shared/contract/domains/dashboards';
import type { MessageParams } from '../../../shared/contract/message-params';
import { DashboardSpecSchema, type DashboardSpec } from '../../../shared/dashboards/dashboard';
import type { WidgetPlacement } from '../../../shared/dashboards/cube';
import { CATALOG_KINDS, FileFieldDefSchema, FileMeasureDefSchema, type FileCatalogEntry } from '../../../shared/dashboards/file-catalog';
import { connect, type Db } from '../database';
import { readSqliteHeader } from '../file-header';
import { COLUMN_NAME, createTableSql, DASHBOARD_FILE_FORMAT, DATA_TABLE, FIXED_TABLES, fileChecksum, MANIFEST_TABLE, type ColumnType } from './schema';

export interface OpenDashboardFile {
  readonly db: Db;
  readonly path: string;
  readonly fileName: string;
  readonly manifest: DashboardFileManifest;
  readonly dashboards: readonly { readonly index: number; readonly name: string; readonly spec: DashboardSpec }[];
  readonly entries: readonly FileCatalogEntry[];
  readonly placements: readonly WidgetPlacement[];
  /** Columns of each packaged data table. */
  readonly tables: ReadonlyMap<string, readonly string[]>;
}

class Refused extends Error {
  constructor(
    readonly code: string,
    readonly extra: MessageParams = {},
  ) {
    super(code);
  }
}

const COLUMN_TYPES: readonly ColumnType[] = ['TEXT', 'NUMERIC', 'INTEGER'];
const PlacementSchema = z.array(
  z.strictObject({ dashboard: z.number().int().nonnegative(), widget: z.string().max(40), table: z.string().max(64).nullable(), notPackaged: z.literal(true).optional() }),
);

function checkSchema(db: Db): Map<string, string[]> {
  const objects = db.prepare('SELECT type, name, tbl_name AS tbl, sql FROM sqlite_schema').all() as { type: string; name: string; tbl: string; sql: string | null }[];
  const tables = new Map<string, string[]>();
  for (const o of objects) {
    // The manifest's TEXT PRIMARY KEY is the one index SQLite makes for a writer's table.
    if (o.type === 'index' && o.name === 'sqlite_autoindex_manifest_1' && o.tbl === MANIFEST_TABLE && o.sql === null) continue;
    const isFixed = Object.prototype.hasOwnProperty.call(FIXED_TABLES, o.name);
    const known = o.type === 'table' && (isFixed || DATA_TABLE.test(o.name));
    if (!known) throw new Refused('unexpectedObject', { name: o.name.slice(0, 100) });
    const columns = db.prepare('SELECT name, type, hidden FROM pragma_table_xinfo(?) ORDER BY cid').all(o.name) as { name: string; type: string; hidden: number }[];
    const typed = columns.every((c) => c.hidden === 0 && COLUMN_NAME.test(c.name) && (COLUMN_TYPES as readonly string[]).includes(c.type));
    const fixed = isFixed ? FIXED_TABLES[o.name] : undefined;
    const sameAsFixed = !fixed || JSON.stringify(fixed) === JSON.stringify(columns.map((c) => ({ name: c.name, type: c.type })));
    if (
      !typed ||
      !sameAsFixed ||
      o.sql !==
        createTableSql(
          o.name,
          columns.map((c) => ({ name: c.name, type: c.type as ColumnType })),
        )
    ) {
      throw new Refused('unexpectedObject', { name: o.name });
    }
    tables.set(
      o.name,
      columns.map((c) => c.name),
    );
  }
  for (const name of Object.keys(FIXED_TABLES)) if (!tables.has(name)) throw new Refused('missingTable', { name });
  return tables;
}

function readManifest(db: Db): { manifest: DashboardFileManifest; placements: WidgetPlacement[] } {
  const values = new Map<string, unknown>();
  for (const row of db.prepare('SELECT key, value FROM manifest').all() as { key: unknown; value: unknown }[]) {
    if (typeof row.key !== 'string' || typeof row.value !== 'string') throw new Refused('invalidManifest');
    try {
      values.set(row.key, JSON.parse(row.value) as unknown);
    } catch {
      throw new Refused('invalidManifest');
    }
  }
  const version = values.get('formatVersion');
  if (typeof version !== 'number' || !Number.isInteger(version)) throw new Refused('invalidManifest');
  if (version > DASHBOARD_FILE_FORMAT) throw new Refused('newerFormat', { version });
  const manifest = DashboardFileManifestSchema.safeParse(Object.fromEntries(values));
  const placements = PlacementSchema.safeParse(values.get('widgetTables'));
  if (!manifest.success || !placements.success) throw new Refused('invalidManifest');
  return { manifest: manifest.data, placements: placements.data };
}

function checkTables(db: Db, manifest: DashboardFileManifest, tables: ReadonlyMap<string, readonly string[]>): void {
  const listed = new Set(manifest.tables.map((t) => t.name));
  for (const name of tables.keys()) if (name !== MANIFEST_TABLE && !listed.has(name)) throw new Refused('unexpectedObject', { name });
  for (const t of manifest.tables) {
    if (!tables.has(t.name)) throw new Refused('missingTable', { name: t.name.slice(0, 100) });
    const rows = db.prepare(`SELECT count(*) FROM "${t.name}"`).pluck().get() as number;
    if (rows !== t.rows) throw new Refused('checksumMismatch');
  }
  if (fileChecksum(db, [MANIFEST_TABLE, ...manifest.tables.map((t) => t.name)]) !== manifest.checksum) throw new Refused('checksumMismatch');
}

function readDashboards(db: Db): OpenDashboardFile['dashboards'] {
  const rows = db.prepare('SELECT idx, name, spec FROM dashboards ORDER BY idx').all() as { idx: unknown; name: unknown; spec: unknown }[];
  return rows.map((row, i) => {
    const path = `dashboards[${i}]`;
    if (row.idx !== i || typeof row.name !== 'string' || row.name.length > 200 || typeof row.spec !== 'string') throw new Refused('invalidSpec', { path });
    let json: unknown;
    try {
      json = JSON.parse(row.spec);
    } catch {
      throw new Refused('invalidSpec', { path });
    }
    const spec = DashboardSpecSchema.safeParse(json);
    if (!spec.success) throw new Refused('invalidSpec', { path: `${path}.${spec.error.issues[0]?.path.join('.') ?? ''}` });
    return { index: i, name: row.name, spec: spec.data };
  });
}

function readCatalog(db: Db, tables: ReadonlyMap<string, readonly string[]>): FileCatalogEntry[] {
  const rows = db.prepare('SELECT kind, source, id, def FROM catalog ORDER BY rowid').all() as { kind: unknown; source: unknown; id: unknown; def: unknown }[];
  const entries: FileCatalogEntry[] = [];
  for (const row of rows) {
    const kind = CATALOG_KINDS.find((k) => k === row.kind);
    const table = typeof row.source === 'string' && DATA_TABLE.test(row.source) ? row.source : undefined;
    const columns = table === undefined ? undefined : tables.get(table);
    if (!kind || table === undefined || !columns || typeof row.def !== 'string') throw new Refused('invalidManifest');
    let json: unknown;
    try {
      json = JSON.parse(row.def);
    } catch {
      throw new Refused('invalidManifest');
    }
    const isField = kind === 'field' || kind === 'componentField';
    const parsed = isField ? FileFieldDefSchema.safeParse(json) : FileMeasureDefSchema.safeParse(json);
    if (!parsed.success || parsed.data.id !== row.id) throw new Refused('invalidManifest');
    const def = parsed.data;
    if ('column' in def && !columns.includes(def.column)) throw new Refused('invalidManifest');
    entries.push({ kind, table, def });
  }
  // A measure names fields and measures of its own table.
  for (const e of entries) {
    if ('column' in e.def) continue;
    const m = FileMeasureDefSchema.parse(e.def);
    const has = (kinds: readonly string[], id: string) => entries.some((o) => o.table === e.table && kinds.includes(o.kind) && o.def.id === id && o.def.source === m.source);
    const ok = m.ratio
      ? has(['measure', 'componentMeasure'], m.ratio.numerator) && has(['measure', 'componentMeasure'], m.ratio.denominator)
      : m.field !== undefined && has(['field', 'componentField'], m.field);
    if (!ok || (m.ratio !== undefined) === (m.aggregate !== undefined)) throw new Refused('invalidManifest');
  }
  return entries;
}

/** Opens and checks a dashboard file; the caller closes `db`. */
export function openDashboardFile(path: string): OpenDashboardFile {
  const file = basename(path);
  if (!existsSync(path)) throw new AppError('NOT_FOUND', `${file}: file not found`, { reason: 'fileNotFound', params: { file } });
  let db: Db | null = null;
  try {
    if (!readSqliteHeader(path).isSqlite) throw new Refused('notDashboardFile');
    try {
      db = connect(path, { readonly: true, fileMustExist: true });
      db.pragma('query_only = 1');
      db.pragma('trusted_schema = 0');
    } catch {
      throw new Refused('notDashboardFile');
    }
    const tables = checkSchema(db);
    const { manifest, placements } = readManifest(db);
    checkTables(db, manifest, tables);
    const dashboards = readDashboards(db);
    const entries = readCatalog(db, tables);
    for (const p of placements) if (p.table !== null && !tables.has(p.table)) throw new Refused('invalidManifest');
    const data = new Map([...tables].filter(([name]) => DATA_TABLE.test(name)));
    return { db, path, fileName: file, manifest, dashboards, entries, placements, tables: data };
  } catch (error) {
    db?.close();
    if (error instanceof Refused) {
      throw new AppError('INVALID_INPUT', `${file}: not opened (${error.code})`, { reason: 'dashboardFileRefused', params: { file, code: error.code, ...error.extra } });
    }
    if (error instanceof AppError) throw error;
    // SQLite's own refusal (a damaged page, a malformed schema): the file is not one we can read.
    throw new AppError('INVALID_INPUT', `${file}: not opened (notDashboardFile)`, { reason: 'dashboardFileRefused', params: { file, code: 'notDashboardFile' } });
  }
}
