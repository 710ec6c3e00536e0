// dashboard.saveFile on its job's thread (jobs/tasks.ts), with the job's read-only connection:
// the saved dashboards by id (migration 010's table, each spec re-parsed), the file name from
// the first dashboard's name and the date, then the writer (store/dashboard-file/write-file.ts),
// which hears the cancel between tables and leaves no file behind.
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { OperationOutput } from '../../../shared/contract/operations';
import { DashboardSpecSchema, type DashboardSpec } from '../../../shared/dashboards/dashboard';
import { exportFileName } from '../../../shared/export/file-name';
import type { Db } from '../../store/database';
import { writeDashboardFile } from '../../store/dashboard-file/write-file';
import { APP_VERSION } from '../app-version';
import type { TaskContext } from '../jobs/tasks';
import type { DashboardFileJobInput } from './save-handler';

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function savedDashboards(db: Db, ids: readonly number[]): { name: string; spec: DashboardSpec }[] {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'dashboards'").get() !== undefined;
  return ids.map((id) => {
    const row = hasTable ? (db.prepare('SELECT name, spec FROM dashboards WHERE id = ?').get(id) as { name: string; spec: string } | undefined) : undefined;
    if (!row) throw new AppError('NOT_FOUND', `dashboard ${id}: not found`, { reason: 'dashboardNotFound', params: { id } });
    return { name: row.name, spec: DashboardSpecSchema.parse(JSON.parse(row.spec)) };
  });
}

export async function runDashboardFileSave(job: TaskContext, input: DashboardFileJobInput): Promise<OperationOutput<'dashboard.saveFile'>> {
  const db = job.db();
  const dashboards = savedDashboards(db, input.ids);
  const first = dashboards[0]?.name ?? 'dashboard';
  const path = 'folder' in input.target ? join(input.target.folder, exportFileName(first, localDate(new Date()), 'churndash', 'dashboard')) : input.target.file;
  const written = await writeDashboardFile(db, {
    dashboards,
    kAnonymity: input.kAnonymity,
    includeDetail: input.includeDetail,
    path,
    workspaceName: basename(job.path),
    appVersion: APP_VERSION,
    signal: job.signal,
    onTable: (table, done, total) => job.progress('packagingTable', done, total, { table }),
  });
  return { fileName: basename(path), path, downloadId: null, bytes: written.bytes, manifest: written.manifest };
}
