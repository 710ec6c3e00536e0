// A snapshot warning as the CLI prints it: the English label of its code with the params filled
// in (the app shows the same label in the analyst's language). Sentences stored by older
// versions print as they are.
import type { StoredSnapshotWarning } from '../../../shared/contract/domains/snapshot-warnings';
import { jobsEn } from '../../../shared/i18n/messages/jobs.en';

export function warningText(warning: StoredSnapshotWarning): string {
  if (typeof warning === 'string') return warning;
  const params = warning.params ?? {};
  const text = jobsEn.warnings[warning.code].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(params[name] ?? whole));
  const reason = params.reason;
  return typeof reason === 'string' && reason in jobsEn.reasons ? `${text} (${reason})` : text;
}
