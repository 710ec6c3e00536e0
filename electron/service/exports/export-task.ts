// dashboard.export on its job's thread (jobs/tasks.ts), with the job's read-only connection: the
// document built from the spec and the filters (progress 'evaluatingWidgets'; every number the
// screen's), then the workbook or the PDF written to the target (write-document.ts).
import type { OperationOutput } from '../../../shared/contract/operations';
import type { TaskContext } from '../jobs/tasks';
import { buildDashboardDocument } from './build-document';
import type { DashboardExportJobInput } from './handlers';
import { writeExport } from './write-document';

export async function runDashboardExport(job: TaskContext, input: DashboardExportJobInput): Promise<OperationOutput<'dashboard.export'>> {
  const now = new Date();
  job.progress('evaluatingWidgets', 0, input.spec.widgets.length);
  const doc = buildDashboardDocument(
    job.db(),
    {
      name: input.name,
      spec: input.spec,
      filters: input.filters,
      language: input.language,
      fullLists: input.fullLists,
      workspacePath: job.path,
      signal: job.signal,
      ...(input.logo ? { logo: input.logo } : {}),
    },
    now,
  );
  job.progress('evaluatingWidgets', input.spec.widgets.length, input.spec.widgets.length);
  return writeExport(job, doc, { format: input.format, pageSize: input.pageSize, target: input.target, now });
}
