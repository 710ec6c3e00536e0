// The words for a widget's problem code: a query compiler error reads jobs:queryErrors.*, a
// widget problem dashboard-widgets:problems.*, an app error reason jobs:reasons.*; anything
// else says which code it was rather than showing a raw key.
import type { TFunction } from 'i18next';
import type { WidgetProblem } from '../../../../shared/dashboards/widget-data';
import { ErrorReasonSchema } from '../../../../shared/contract/error-reasons';
import { QUERY_ERROR_CODES } from '../../../../shared/query/errors';
import { dashboardWidgetsZhCN } from '../../../../shared/i18n/messages/dashboard-widgets.zh-CN';

type ProblemKey = keyof typeof dashboardWidgetsZhCN.problems;
type EmptyKey = keyof typeof dashboardWidgetsZhCN.empty;

const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

function isProblemKey(code: string): code is ProblemKey {
  return has(dashboardWidgetsZhCN.problems, code);
}

function isEmptyKey(code: string): code is EmptyKey {
  return has(dashboardWidgetsZhCN.empty, code);
}

export function problemText(problem: WidgetProblem | undefined, t: TFunction<'dashboard-widgets'>): string {
  const code = problem?.code ?? 'unknown';
  const params = problem?.params ?? {};
  const queryError = QUERY_ERROR_CODES.find((c) => c === code);
  if (queryError) return t(`queryErrors.${queryError}`, { ...params, ns: 'jobs' });
  if (isProblemKey(code)) return t(`problems.${code}`, { ...params, code });
  const reason = ErrorReasonSchema.safeParse(code);
  if (reason.success) return t(`reasons.${reason.data}`, { ...params, ns: 'jobs' });
  return t('problems.unknown', { code });
}

/** What to do next when a widget has no rows: by its problem code, else "clear some filters". */
export function emptyHint(problem: WidgetProblem | undefined, t: TFunction<'dashboard-widgets'>): string {
  const code = problem?.code ?? 'noRows';
  return isEmptyKey(code) ? t(`empty.${code}`) : t('empty.noRows');
}
