// report.monthly on its job's thread (jobs/tasks.ts), with the job's read-only connection: the
// month checked and the report's document built (progress 'evaluatingWidgets'), then the
// workbook or the PDF written to the target, named after the report's title in a folder.
import type { OperationOutput } from '../../../shared/contract/operations';
import type { TaskContext } from '../jobs/tasks';
import type { MonthlyReportJobInput } from './handlers';
import { buildReportDocument } from './report-document';
import { writeExport } from './write-document';

export async function runMonthlyReport(job: TaskContext, input: MonthlyReportJobInput): Promise<OperationOutput<'report.monthly'>> {
  const now = new Date();
  job.progress('evaluatingWidgets', 0, null);
  const doc = buildReportDocument(
    job.db(),
    { month: input.month, language: input.language, workspacePath: job.path, signal: job.signal, ...(input.logo ? { logo: input.logo } : {}) },
    now,
  );
  job.progress('evaluatingWidgets', 1, 1);
  return writeExport(job, doc, { format: input.format, pageSize: input.pageSize, target: input.target, now });
}
