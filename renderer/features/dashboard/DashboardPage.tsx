// Warning cockpit, first version: headline KPIs and the 24-month churn trend.
import { Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NoDataState } from '../../components/NoDataState';
import { ChurnTrendPanel } from './ChurnTrendPanel';
import { KpiCards } from './KpiCards';

const TREND_MONTHS = 24;

export default function DashboardPage() {
  const { t } = useTranslation();
  const kpis = useOperation('dashboard.kpis', {});
  const trend = useOperation('dashboard.churnTrend', { months: TREND_MONTHS });

  const error = kpis.error ?? trend.error;
  let body;
  if (error?.code === 'NO_WORKSPACE') {
    body = <NoDataState reason="noWorkspace" />;
  } else if (error) {
    body = (
      <ErrorAlert
        error={error}
        onRetry={() => {
          kpis.reload();
          trend.reload();
        }}
      />
    );
  } else if (!kpis.data || !trend.data) {
    body = <Skeleton active paragraph={{ rows: 8 }} />;
  } else if (kpis.data.dataDate === null || trend.data.points.length === 0) {
    body = <NoDataState reason="noData" />;
  } else {
    body = (
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <KpiCards kpis={kpis.data} />
        <ChurnTrendPanel
          points={trend.data.points}
          months={TREND_MONTHS}
          inactivityDays={trend.data.inactivityDays}
          dataDate={trend.data.dataDate}
        />
      </Space>
    );
  }

  return (
    <div data-testid="dashboard-page">
      <Typography.Title level={4} style={{ margin: '0 0 12px' }}>
        {t('dashboard.title')}
      </Typography.Title>
      {body}
    </div>
  );
}
