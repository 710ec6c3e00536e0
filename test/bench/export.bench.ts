// Exports at 1 M customers (issue 13): the default cockpit written as an Excel workbook and as a
// PDF (target ≤ 20 s each) and the monthly report as a workbook (target ≤ 60 s), each through the
// service as the app runs them (a reading job on its own thread, the file written to disk),
// median of 3, beside a reference measured in the same run: dashboard.data's evaluation of the
// same cockpit (what the screen waits for), and the ratio. The workspace is the cockpit bench's
// 1 M cache (segment-preview.bench.ts builds it when missing), opened READ-ONLY.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createService } from '../../electron/service/service';
import { Session } from '../../electron/service/session';
import { openWorkspace } from '../../electron/store/workspace';
import type { ExportedFile } from '../../shared/contract/domains/exports';
import { DashboardFiltersSchema } from '../../shared/dashboards/dashboard';
import { templateSpec } from '../../shared/dashboards/templates';
import { lastCompleteMonth } from '../../shared/reports/monthly-report';
import { cockpitWorkspace } from './segment-preview.bench';
import { median } from './stats';

const RUNS = Math.max(1, Number(process.env.BENCH_EXPORT_RUNS ?? 3));
const s = (v: number) => Number((v / 1000).toFixed(2));

async function timed(fn: () => Promise<unknown>): Promise<{ seconds: number[]; last: unknown }> {
  const seconds: number[] = [];
  let last: unknown = null;
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    last = await fn();
    seconds.push(performance.now() - t0);
  }
  return { seconds, last };
}

export async function run(): Promise<Record<string, number | string>> {
  const { path, built } = await cockpitWorkspace();
  const ws = await openWorkspace(path, { readOnly: true });
  const customers = ws.db.prepare('SELECT count(*) FROM customer_mart').pluck().get() as number;
  const asOf = ws.db.prepare('SELECT max(as_of) FROM snapshots').pluck().get() as string;
  ws.close();
  const month = lastCompleteMonth(asOf);
  const out = mkdtempSync(join(tmpdir(), 'churn-export-bench-'));
  const service = createService(new Session({ integrityCheck: 'skip' }));
  try {
    await service.session.open(path, { readOnly: true });
    const spec = templateSpec('cockpit');
    const filters = DashboardFiltersSchema.parse({});
    const invoke = async (name: string, input: unknown): Promise<ExportedFile> => {
      const r = await service.invoke(name, input);
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.result as ExportedFile;
    };
    // Warm the column cache and the page cache once, as an open app has them.
    await service.invoke('dashboard.data', { widgets: spec.widgets, filters });
    const reference = await timed(() => service.invoke('dashboard.data', { widgets: spec.widgets, filters }));
    const xlsx = await timed(() => invoke('dashboard.export', { name: '流失预警驾驶舱', spec, filters, format: 'xlsx', path: join(out, 'cockpit.xlsx') }));
    const pdf = await timed(() => invoke('dashboard.export', { name: '流失预警驾驶舱', spec, filters, format: 'pdf', path: join(out, 'cockpit.pdf') }));
    const report = await timed(() => invoke('report.monthly', { month, format: 'xlsx', language: 'zh-CN', path: join(out, 'report.xlsx') }));
    const ref = median(reference.seconds);
    const xlsxFile = xlsx.last as ExportedFile;
    const reportFile = report.last as ExportedFile;
    return {
      customers,
      'workspace built this run': built ? 'yes' : 'no (cached)',
      runs: RUNS,
      'reference: dashboard.data of the cockpit, median s': s(ref),
      'cockpit → xlsx, median s (target ≤ 20)': s(median(xlsx.seconds)),
      'cockpit → xlsx / reference': Number((median(xlsx.seconds) / ref).toFixed(1)),
      'cockpit xlsx bytes / sheets': `${xlsxFile.bytes} / ${xlsxFile.sheets.length}`,
      'cockpit → pdf, median s (target ≤ 20)': s(median(pdf.seconds)),
      'cockpit → pdf / reference': Number((median(pdf.seconds) / ref).toFixed(1)),
      'cockpit pdf pages': (pdf.last as ExportedFile).pages ?? 0,
      [`monthly report ${month} → xlsx, median s (target ≤ 60)`]: s(median(report.seconds)),
      'monthly report / reference': Number((median(report.seconds) / ref).toFixed(1)),
      'report xlsx bytes / sheets / high-risk rows': `${reportFile.bytes} / ${reportFile.sheets.length} / ${reportFile.sheets.filter((x) => x.kind === 'list').reduce((n, x) => n + x.rows, 0)}`,
    };
  } finally {
    service.close();
    rmSync(out, { recursive: true, force: true });
  }
}
