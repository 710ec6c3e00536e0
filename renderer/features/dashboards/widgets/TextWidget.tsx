// A title or a paragraph. The text is data (typed by the analyst, or read from a dashboard
// file): rendered as React text, never as HTML, and line breaks kept.
import { Typography } from 'antd';
import type { TextWidget as TextWidgetSpec } from '../../../../shared/dashboards/widget';
import { useLocale } from '../../../i18n/use-locale';
import { messageAt } from './message-at';

export function TextWidget({ widget, large }: { widget: TextWidgetSpec; large: boolean }) {
  const locale = useLocale();
  const text = (widget.textKey ? messageAt(locale, widget.textKey) : null) ?? widget.text;
  if (widget.style === 'title') {
    return (
      <Typography.Title level={large ? 1 : 3} data-testid={`text-${widget.id}`} style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: large ? 44 : undefined }}>
        {text}
      </Typography.Title>
    );
  }
  return (
    <Typography.Paragraph data-testid={`text-${widget.id}`} style={{ margin: 0, whiteSpace: 'pre-wrap', fontSize: large ? 22 : undefined }}>
      {text}
    </Typography.Paragraph>
  );
}
