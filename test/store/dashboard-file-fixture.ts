// A refreshed demo workspace for the dashboard-file tests, and a dashboard file of the cockpit
// (and the monthly review) written from it. Built once per test file.
import { join } from 'node:path';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { writeDashboardFile, type WrittenDashboardFile } from '../../electron/store/dashboard-file/write-file';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import type { DashboardSpec } from '../../shared/dashboards/dashboard';
import { templateSpec } from '../../shared/dashboards/templates';
import { tempDir } from '../support/temp';

export interface DashboardFileFixture {
  readonly dir: string;
  readonly ws: Workspace;
  write(name: string, options?: { kAnonymity?: number; includeDetail?: boolean; monthly?: boolean; extra?: DashboardSpec }): Promise<WrittenDashboardFile>;
  cleanup(): void;
}

export async function dashboardFileFixture(customers = 1500): Promise<DashboardFileFixture> {
  const t = tempDir('churn-dashfile-');
  const path = join(t.dir, 'demo.churn');
  await createDemoWorkspace(path, { customers });
  const ws = await openWorkspace(path);
  runRefresh(ws.db, { trainIfMissing: true }, () => undefined);
  return {
    dir: t.dir,
    ws,
    write: (name, options = {}) =>
      writeDashboardFile(ws.db, {
        dashboards: [
          { name: '流失预警驾驶舱', spec: templateSpec('cockpit') },
          ...(options.monthly ? [{ name: 'Monthly review', spec: templateSpec('monthly') }] : []),
          ...(options.extra ? [{ name: 'Extra', spec: options.extra }] : []),
        ],
        kAnonymity: options.kAnonymity ?? 5,
        includeDetail: options.includeDetail ?? false,
        path: join(t.dir, name),
        workspaceName: 'demo.churn',
        appVersion: 'test',
      }),
    cleanup: () => {
      ws.close();
      t.cleanup();
    },
  };
}
