// A widget's title and its problem as the screen words them (renderer/features/dashboards/
// widget-title.ts and widgets/problem-text.ts), in the export's language: a query compiler error
// reads jobs:queryErrors.*, a widget problem dashboard-widgets:problems.*, an app reason
// jobs:reasons.*, anything else names its code.
import { ErrorReasonSchema } from '../../../shared/contract/error-reasons';
import type { Widget } from '../../../shared/dashboards/widget';
import type { WidgetProblem } from '../../../shared/dashboards/widget-data';
import { QUERY_ERROR_CODES } from '../../../shared/query/errors';
import { translateKey, type Translate } from './translate';

export function exportWidgetTitle(widget: Widget, t: Translate): string {
  if (widget.title) return widget.title;
  if (widget.titleKey) return translateKey(t, widget.titleKey, '');
  if (widget.kind === 'text' && widget.textKey) return translateKey(t, widget.textKey, '');
  return '';
}

export function exportProblemText(problem: WidgetProblem | undefined, t: Translate): string {
  const code = problem?.code ?? 'unknown';
  const params = { ...(problem?.params ?? {}), code };
  if (QUERY_ERROR_CODES.some((c) => c === code)) return t('jobs', `queryErrors.${code}`, params);
  const own = t('dashboard-widgets', `problems.${code}`, params, '');
  if (own !== '') return own;
  if (ErrorReasonSchema.safeParse(code).success) return t('jobs', `reasons.${code}`, params);
  return t('dashboard-widgets', 'problems.unknown', { code });
}

/** What an empty widget says: by its problem code, else "clear some filters". */
export function exportEmptyHint(problem: WidgetProblem | undefined, t: Translate): string {
  return t('dashboard-widgets', `empty.${problem?.code ?? 'noRows'}`, {}, '') || t('dashboard-widgets', 'empty.noRows');
}
