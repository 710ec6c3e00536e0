// One widget's body inside the page's frame: the KPI card, chart, table or text block for its
// data, or the loading, empty and error states. The page owns the frame (title, filter marks,
// editor handles) and decides what a selection means; this draws and reports gestures.
import type { ReactNode } from 'react';
import { ConfigProvider, theme, type ThemeConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Widget } from '../../../../shared/dashboards/widget';
import type { WidgetData } from '../../../../shared/dashboards/widget-data';
import type { ChartContext } from '../../../../shared/dashboards/charts';
import { useLocale } from '../../../i18n/use-locale';
import { ChartWidget } from './ChartWidget';
import { KpiWidget } from './KpiWidget';
import { messageAt } from './message-at';
import { TableWidget } from './TableWidget';
import { TextWidget } from './TextWidget';
import { useChartContext } from './use-chart-context';
import type { WidgetBodyProps } from './widget-props';
import { WidgetEmpty, WidgetError, WidgetSkeleton } from './WidgetStates';

const DARK_WIDGETS: ThemeConfig = {
  algorithm: theme.darkAlgorithm,
  token: { colorTextBase: '#ffffff', colorBgContainer: 'transparent' },
  components: { Table: { headerBg: 'rgba(255,255,255,0.06)' } },
};

function Content({ props, data, ctx, title }: { props: WidgetBodyProps; data: WidgetData; ctx: ChartContext; title: string }): ReactNode {
  const { widget } = props;
  const compact = widget.kind === 'kpi';
  if (data.status === 'error') return <WidgetError data={data} compact={compact} />;
  if (data.status === 'empty') return <WidgetEmpty data={data} large={props.large} compact={compact} />;
  switch (widget.kind) {
    case 'kpi':
      return data.kpi ? <KpiWidget widget={widget} kpi={data.kpi} catalog={props.catalog} ctx={ctx} /> : <WidgetEmpty data={data} large={props.large} compact />;
    case 'chart':
      return <ChartWidget widget={widget} data={data} ctx={ctx} title={title} onSelect={props.onSelect} />;
    case 'table':
      return <TableWidget widget={widget} data={data} ctx={ctx} onSelect={props.onSelect} onOpenCustomer={props.onOpenCustomer} />;
    case 'text':
      return <TextWidget widget={widget} large={props.large} />;
  }
}

/** The widget's title as typed, else its template key's text in the UI language. */
export function useWidgetTitle(widget: Widget): string {
  const locale = useLocale();
  return widget.title ?? (widget.titleKey ? (messageAt(locale, widget.titleKey) ?? '') : '');
}

export function WidgetBody(props: WidgetBodyProps) {
  const { widget, data, loading, dark, large, selected } = props;
  const ctx = useChartContext(dark, large, selected);
  const title = useWidgetTitle(widget);
  const { t } = useTranslation('dashboard-widgets');
  let body: ReactNode;
  if (widget.kind === 'text') body = <TextWidget widget={widget} large={large} />;
  else if (!data) body = <WidgetSkeleton kind={widget.kind} id={widget.id} />;
  else body = <Content props={props} data={data} ctx={ctx} title={title} />;
  const root = (
    <div
      data-testid={`widget-${widget.id}`}
      data-kind={widget.kind}
      data-status={data?.status ?? 'loading'}
      aria-busy={loading}
      aria-label={loading ? t('states.loading') : undefined}
      style={{ height: '100%', width: '100%', display: 'flex', flexDirection: 'column', opacity: loading && data ? 0.6 : 1, transition: 'opacity 120ms' }}
    >
      <div style={{ flex: 1, minHeight: 0 }}>{body}</div>
    </div>
  );
  // The app's seed fixes a dark text base for the light theme; on the dark large screen the
  // widgets' own text (KPI numbers, tables, states) must be light whatever the page provides.
  return dark ? <ConfigProvider theme={DARK_WIDGETS}>{root}</ConfigProvider> : root;
}
