// The dashboards an analyst starts from (PRODUCT.md §6 "Dashboards", the seeds' 管理驾驶舱):
// 流失预警驾驶舱 (the default), the monthly review, and the campaign review (issue 14). Titles are i18n keys of the 'dashboards' namespace, so a template
// reads in the analyst's language; a saved copy keeps the keys until the analyst types a title.
import { type DashboardSpec, type TemplateId } from './dashboard';
import { cockpit } from './template-cockpit';
import { campaign } from './template-campaign';
import { monthly } from './template-monthly';

const builders: Record<TemplateId, () => DashboardSpec> = { cockpit, monthly, campaign };

/** A fresh copy of a template's spec (callers may edit it). */
export function templateSpec(id: TemplateId): DashboardSpec {
  return builders[id]();
}
