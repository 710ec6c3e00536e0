// What the export commands (report, dashboard export) share: the job's phase on stderr while the
// file is built (on a terminal only, like import), one line per written file, and a reason's
// label in --lang instead of the service's English message.
import { AppError, isAppError } from '../../../../shared/contract/errors';
import type { ExportedFile } from '../../../../shared/contract/domains/exports';
import type { JobProgress } from '../../../../shared/contract/events';
import type { CommandContext } from '../command';
import { reasonText, type CliLang } from '../warning-text';

export function exportProgress(ctx: CommandContext, jobId: string): () => void {
  if (ctx.json || !process.stderr.isTTY) return () => undefined;
  const off = ctx.service.subscribe((event, payload) => {
    const p = payload as JobProgress;
    if (event !== 'job.progress' || p.jobId !== jobId) return;
    const sheet = typeof p.params?.sheet === 'string' ? ` ${p.params.sheet}` : '';
    process.stderr.write(`\r\x1b[K${p.phase}${sheet}  ${p.done}${p.total !== null ? `/${p.total}` : ''}`);
  });
  return () => {
    off();
    process.stderr.write('\r\x1b[K');
  };
}

export function exportedText(file: ExportedFile): string {
  const what = file.format === 'pdf' ? `${file.pages ?? 0} pages` : `${file.sheets.length} sheets`;
  return `${file.path ?? file.fileName}  ${file.bytes} bytes, ${what}, data date ${file.dataDate ?? '—'}`;
}

export function translatedError(error: unknown, lang: CliLang): unknown {
  if (!isAppError(error) || error.reason === undefined) return error;
  return new AppError(error.code, reasonText(error.reason, error.params ?? {}, lang), { reason: error.reason, params: error.params });
}

export function langOption(value: unknown, command: string): CliLang {
  if (value === undefined || value === 'en') return 'en';
  if (value === 'zh-CN') return 'zh-CN';
  throw new AppError('INVALID_INPUT', `${command}: --lang must be en or zh-CN (see churn-cockpit --help)`);
}
