// Warning cockpit, first version: headline KPIs and the 24-month churn trend, read from the
// customer mart and the monthly churn facts the newest refresh built. Before the first refresh
// there is no snapshot: the page says so and offers the refresh instead of showing zeros.
import { Skeleton, Space, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { formatDate } from '../../../shared/i18n/format';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NoDataState } from '../../components/NoDataState';
import { NoSnapshotState } from '../../components/NoSnapshotState';
import { RefreshScoresButton } from '../../components/RefreshScoresButton';
import { useLocale } from '../../i18n/use-locale';
import { ChurnTrendPanel } from './ChurnTrendPanel';
import { KpiCards } from './KpiCards';

const TREND_MONTHS = 24;

export default function DashboardPage() {
  const { t } = useTranslation();
  const { t: ts } = useTranslation('scoring');
  const locale = useLocale();
  const { token } = theme.useToken();
  // Empty states sit on a card, as the rest of the page's content does.
  const panel = (node: ReactNode) => <div style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 32 }}>{node}</div>;
  const kpis = useOperation('dashboard.kpis', {});
  const trend = useOperation('dashboard.churnTrend', { months: TREND_MONTHS });
  // Before the first refresh the mart is empty: whether there is data to score says which empty state.
  const workspace = useOperation('workspace.info', {});
  const imported = workspace.data ? workspace.data.tables.some((x) => (x.name === 'customers' || x.name === 'orders') && x.rows > 0) : workspace.error ? true : null;
  const reload = () => {
    kpis.reload();
    trend.reload();
  };

  const error = kpis.error ?? trend.error;
  const scoredAsOf = kpis.data?.scoredAsOf ?? null;
  let body;
  if (error?.code === 'NO_WORKSPACE') {
    body = panel(<NoDataState reason="noWorkspace" />);
  } else if (error) {
    body = <ErrorAlert error={error} onRetry={reload} />;
  } else if (!kpis.data || !trend.data) {
    body = <Skeleton active paragraph={{ rows: 8 }} />;
  } else if (scoredAsOf === null && imported === null) {
    body = <Skeleton active paragraph={{ rows: 8 }} />;
  } else if (scoredAsOf === null && !imported) {
    body = panel(<NoDataState reason="noData" />);
  } else if (scoredAsOf === null) {
    body = panel(<NoSnapshotState hint={t('dashboard.noSnapshotHint')} onRefreshed={reload} testId="dashboard-no-snapshot" />);
  } else {
    body = (
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <KpiCards kpis={kpis.data} />
        <ChurnTrendPanel points={trend.data.points} months={TREND_MONTHS} inactivityDays={trend.data.inactivityDays} dataDate={trend.data.dataDate} />
      </Space>
    );
  }

  return (
    <div data-testid="dashboard-page">
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', margin: '0 0 12px' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('dashboard.title')}
        </Typography.Title>
        {scoredAsOf ? (
          <Typography.Text type="secondary" data-testid="dashboard-as-of" data-value={scoredAsOf}>
            {ts('common.snapshotAsOf', { date: formatDate(scoredAsOf, locale) })}
          </Typography.Text>
        ) : null}
        {scoredAsOf ? (
          <span style={{ marginLeft: 'auto' }}>
            <RefreshScoresButton onDone={reload} />
          </span>
        ) : null}
      </div>
      {body}
    </div>
  );
}
