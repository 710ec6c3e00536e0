// A snapshot warning as the CLI prints it: its code's label in the chosen language (English by
// default, `--lang zh-CN` for Chinese) with the params filled in, the same labels the app shows.
// A reason code in the params (a first model that failed) adds that reason's label. Sentences
// stored by older versions print as they are.
import type { StoredSnapshotWarning } from '../../../shared/contract/domains/snapshot-warnings';
import { jobsEn } from '../../../shared/i18n/messages/jobs.en';
import { jobsZhCN } from '../../../shared/i18n/messages/jobs.zh-CN';
import type { JobsMessages } from '../../../shared/i18n/messages/jobs.zh-CN';
import { ErrorReasonSchema, type ErrorReason } from '../../../shared/contract/error-reasons';

export type CliLang = 'en' | 'zh-CN';

const MESSAGES: Record<CliLang, JobsMessages> = { en: jobsEn, 'zh-CN': jobsZhCN };

/** 'en' unless the value names Chinese (zh, zh-CN, zh_CN, any case); undefined → 'en'. */
export function cliLang(value: unknown): CliLang {
  return typeof value === 'string' && /^zh([-_]cn)?$/i.test(value.trim()) ? 'zh-CN' : 'en';
}

const fill = (text: string, params: Record<string, string | number>): string => text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(params[name] ?? whole));

/** An error reason's label in the chosen language, params filled in (a CLI error line). */
export function reasonText(reason: ErrorReason, params: Record<string, string | number>, lang: CliLang = 'en'): string {
  return fill(MESSAGES[lang].reasons[reason], params);
}

export function warningText(warning: StoredSnapshotWarning, lang: CliLang = 'en'): string {
  if (typeof warning === 'string') return warning;
  const messages = MESSAGES[lang];
  const params = warning.params ?? {};
  const text = fill(messages.warnings[warning.code], params);
  const reason = ErrorReasonSchema.safeParse(params.reason);
  return reason.success ? `${text} (${fill(messages.reasons[reason.data], params)})` : text;
}
