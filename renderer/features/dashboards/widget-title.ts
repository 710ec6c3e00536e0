// A widget's title: what the analyst typed, else the template's translated key.
import type { TFunction } from 'i18next';
import type { Widget } from '../../../shared/dashboards/widget';

export function widgetTitle(widget: Widget, t: TFunction): string {
  if (widget.title) return widget.title;
  if (widget.titleKey) return t(widget.titleKey, { defaultValue: '' });
  if (widget.kind === 'text' && widget.textKey) return t(widget.textKey, { defaultValue: '' });
  return '';
}
