// Words the workbook needs beyond the document's own (ExportWords): the dashboards' label of a
// 警戒线, so a native chart names its warning line as the screen's legend does.
import type { Locale } from '../../../shared/i18n/locales';
import { resources } from '../../../shared/i18n/resources';

export function warningLineLabel(locale: Locale): string {
  return resources[locale]['dashboard-widgets'].chart.warningLine;
}
