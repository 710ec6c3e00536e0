// Writes a dashboard file (*.churndash; design in shared/dashboards/cube.ts): a NEW SQLite
// database created empty at a temporary path beside the target, filled with CREATE TABLE and
// INSERT only (never a copy of the workspace, so no freed page can hold a deleted row), in
// rollback-journal mode so it is one file, then renamed into place. A cancel or an error
// removes the temporary file: nothing is left at the path.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { sourceTables, type Catalog } from '../../../shared/catalog';
import { AppError } from '../../../shared/contract/errors';
import type { DashboardFileManifest } from '../../../shared/contract/domains/dashboards';
import { planPackage, GROUP_SIZE_COLUMN, type CubePlan, type PackagePlan } from '../../../shared/dashboards/cube';
import type { DashboardSpec } from '../../../shared/dashboards/dashboard';
import { fileCatalogEntries } from '../../../shared/dashboards/file-catalog';
import { anonymise, generalisationOrder } from '../../../shared/dashboards/k-anonymity';
import type { Cell } from '../../../shared/dashboards/widget-data';
import { martState } from '../analytics/mart-state';
import { connect, type Db } from '../database';
import { customerFilterContext } from '../segments/filter-context';
import { queryCube } from './cube-query';
import { queryKm } from './km-table';
import { queryList } from './list-table';
import { createTableSql, DASHBOARD_FILE_FORMAT, FIXED_TABLES, fileChecksum, type TableColumn } from './schema';

export interface WriteDashboardFileOptions {
  readonly dashboards: readonly { readonly name: string; readonly spec: DashboardSpec }[];
  readonly kAnonymity: number;
  readonly includeDetail: boolean;
  readonly path: string;
  readonly workspaceName: string;
  readonly appVersion: string;
  readonly signal?: AbortSignal;
  /** Before each table is built: its name, tables done, tables in all. */
  readonly onTable?: (table: string, done: number, total: number) => void;
  readonly now?: () => Date;
}

export interface WrittenDashboardFile {
  readonly path: string;
  readonly bytes: number;
  readonly manifest: DashboardFileManifest;
}

class Cancelled extends Error {}

/** Lets a cancel message reach the job's thread between tables. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

function insertRows(file: Db, table: string, columns: readonly TableColumn[], rows: readonly Cell[][]): void {
  file.exec(createTableSql(table, columns));
  const insert = file.prepare(`INSERT INTO "${table}" VALUES (${columns.map(() => '?').join(', ')})`);
  file.transaction(() => {
    for (const row of rows) insert.run(...row);
  })();
}

function cubeColumns(plan: CubePlan): TableColumn[] {
  return [
    ...plan.dimensions.map((d): TableColumn => ({ name: d.field.id, type: d.field.type === 'number' || d.field.type === 'boolean' ? 'NUMERIC' : 'TEXT' })),
    ...plan.components.map((c): TableColumn => ({ name: c.column, type: 'NUMERIC' })),
    { name: GROUP_SIZE_COLUMN, type: 'NUMERIC' },
  ];
}

/**
 * The plan without dimensions whose column the source table lacks: the catalog offers city on
 * the cohort facts, which are not kept by city. The viewer then lists such a filter as not
 * applied, like every field the file does not hold.
 */
function withExistingColumns(db: Db, plan: PackagePlan): PackagePlan {
  const cubes = plan.cubes.map((cube) => {
    const columns = new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(sourceTables[cube.source]) as string[]);
    return { ...cube, dimensions: cube.dimensions.filter((d) => columns.has(d.field.column)) };
  });
  return { ...plan, cubes };
}

export async function writeDashboardFile(db: Db, options: WriteDashboardFileOptions): Promise<WrittenDashboardFile> {
  const asOf = martState(db)?.asOf ?? null;
  const context = customerFilterContext(db, asOf ? { asOf } : {});
  const catalog: Catalog = context.catalog;
  const specs = options.dashboards.map((d) => d.spec);
  const plan = withExistingColumns(db, planPackage(specs, catalog));
  const temp = join(dirname(options.path), `.${basename(options.path)}.${randomBytes(6).toString('hex')}.tmp`);
  const file = connect(temp, { readonly: false, fileMustExist: false });
  const total = plan.cubes.length + plan.lists.length + plan.kms.length + 1;
  let done = 0;
  const step = async (table: string) => {
    if (options.signal?.aborted) throw new Cancelled();
    options.onTable?.(table, done++, total);
    await breathe();
    if (options.signal?.aborted) throw new Cancelled();
  };
  try {
    file.pragma('journal_mode = DELETE');
    const counts: { name: string; rows: number }[] = [];
    const put = (table: string, columns: readonly TableColumn[], rows: readonly Cell[][]) => {
      insertRows(file, table, columns, rows);
      counts.push({ name: table, rows: rows.length });
    };
    file.exec(createTableSql('manifest', FIXED_TABLES.manifest ?? []));
    put(
      'dashboards',
      FIXED_TABLES.dashboards ?? [],
      options.dashboards.map((d, i) => [i, d.name, JSON.stringify(d.spec)]),
    );
    const queryOptions = { catalog, asOf: context.asOf, resolveSegment: context.resolveSegment };
    for (const cube of plan.cubes) {
      await step(cube.table);
      const rows = queryCube(db, cube, queryOptions);
      const layout = {
        dimensions: cube.dimensions.length,
        combines: cube.components.map((c) => c.combine),
        order: generalisationOrder(
          cube.dimensions.map((d) => d.field.id),
          cube.dimensions.map((d) => d.time),
        ),
      };
      put(cube.table, cubeColumns(cube), anonymise(rows, layout, options.kAnonymity));
    }
    for (const list of plan.lists) {
      await step(list.table);
      const rows = queryList(db, list, { ...queryOptions, includeDetail: options.includeDetail });
      put(
        list.table,
        list.fields.map((f) => ({ name: f.id, type: f.type === 'number' || f.type === 'boolean' ? 'NUMERIC' : 'TEXT' })),
        rows,
      );
    }
    for (const km of plan.kms) {
      await step(km.table);
      put(
        km.table,
        [
          { name: 'time', type: 'NUMERIC' },
          { name: 'customers', type: 'NUMERIC' },
          { name: 'events', type: 'NUMERIC' },
        ],
        queryKm(db, km, queryOptions),
      );
    }
    await step('catalog');
    const entries = fileCatalogEntries(plan, catalog);
    put(
      'catalog',
      FIXED_TABLES.catalog ?? [],
      entries.map((e) => [e.kind, e.table, e.def.id, JSON.stringify(e.def)]),
    );
    const manifest: Omit<DashboardFileManifest, 'checksum'> = {
      formatVersion: DASHBOARD_FILE_FORMAT,
      appVersion: options.appVersion,
      workspaceName: options.workspaceName,
      dashboardNames: options.dashboards.map((d) => d.name),
      dataDate: asOf,
      createdAt: (options.now?.() ?? new Date()).toISOString(),
      kAnonymity: options.kAnonymity,
      includeDetail: options.includeDetail,
      tables: counts,
    };
    const insert = file.prepare('INSERT INTO manifest (key, value) VALUES (?, ?)');
    for (const [key, value] of Object.entries(manifest)) insert.run(key, JSON.stringify(value));
    insert.run('widgetTables', JSON.stringify(plan.placements));
    const checksum = fileChecksum(file, ['manifest', ...counts.map((c) => c.name)]);
    insert.run('checksum', JSON.stringify(checksum));
    file.close();
    if (options.signal?.aborted) throw new Cancelled();
    renameSync(temp, options.path);
    return { path: options.path, bytes: statSync(options.path).size, manifest: { ...manifest, checksum } };
  } catch (error) {
    if (file.open) file.close();
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    if (error instanceof Cancelled) throw new AppError('CANCELLED', 'dashboard.saveFile: cancelled; no file was written');
    throw error;
  }
}
