// The states every widget shares: a skeleton while the first answer is awaited, an empty state
// that says what to do next, and an error that says why, in the analyst's language.
import { Alert, Empty, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WidgetKind } from '../../../../shared/dashboards/widget';
import type { WidgetData } from '../../../../shared/dashboards/widget-data';
import { emptyHint, problemText } from './problem-text';

export function WidgetSkeleton({ kind, id }: { kind: WidgetKind; id: string }) {
  const { t } = useTranslation('dashboard-widgets');
  return (
    <div data-testid={`widget-loading-${id}`} aria-busy="true" aria-label={t('states.loading')} style={{ padding: 8 }}>
      {kind === 'chart' ? <Skeleton.Node active style={{ width: '100%', height: 120 }} /> : <Skeleton active title={false} paragraph={{ rows: kind === 'kpi' ? 2 : 4 }} />}
    </div>
  );
}

/** `compact`: a KPI card's few lines have no room for a picture or a heading. */
export function WidgetEmpty({ data, large, compact }: { data: WidgetData; large: boolean; compact: boolean }) {
  const { t } = useTranslation('dashboard-widgets');
  if (compact) {
    return (
      <Typography.Text
        type="secondary"
        data-testid={`widget-empty-${data.widgetId}`}
        style={{ display: 'block', height: '100%', overflow: 'auto', fontSize: large ? 18 : undefined }}
      >
        {t('states.emptyTitle')}: {emptyHint(data.problem, t)}
      </Typography.Text>
    );
  }
  return (
    <Empty
      data-testid={`widget-empty-${data.widgetId}`}
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      style={{ margin: '8px 0', fontSize: large ? 18 : undefined }}
      description={
        <>
          <div style={{ fontWeight: 600 }}>{t('states.emptyTitle')}</div>
          <div style={{ maxWidth: 360, margin: '0 auto' }}>{emptyHint(data.problem, t)}</div>
        </>
      }
    />
  );
}

export function WidgetError({ data, compact }: { data: WidgetData; compact: boolean }) {
  const { t } = useTranslation('dashboard-widgets');
  if (compact) {
    return (
      <Alert
        type="warning"
        showIcon
        banner
        data-testid={`widget-error-${data.widgetId}`}
        data-code={data.problem?.code ?? ''}
        title={problemText(data.problem, t)}
        style={{ maxHeight: '100%', overflow: 'auto' }}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid={`widget-error-${data.widgetId}`}
      data-code={data.problem?.code ?? ''}
      title={t('states.errorTitle')}
      description={problemText(data.problem, t)}
      style={{ margin: 8 }}
    />
  );
}
