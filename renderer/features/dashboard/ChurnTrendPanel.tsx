// The churn trend card: chart, definitions, and a "show data" table beneath it.
import { useMemo, useState } from 'react';
import { Button, Card, Space } from 'antd';
import { TableOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ChurnTrendPoint } from '../../../shared/contract/operations';
import { EChart } from '../../charts/EChart';
import { useLocale } from '../../i18n/use-locale';
import { churnTrendOption } from './churn-trend-option';
import { ChurnTrendTable } from './ChurnTrendTable';
import { DefinitionHelp } from './DefinitionHelp';
import { TooLittleHistory } from '../../components/TooLittleHistory';

// Two monthly rates are a change (the KPI card shows it against the previous month); a trend needs three.
const MIN_TREND_MONTHS = 3;

export interface ChurnTrendPanelProps {
  points: readonly ChurnTrendPoint[];
  months: number;
  inactivityDays: number;
  dataDate: string | null;
}

export function ChurnTrendPanel({ points, months, inactivityDays, dataDate }: ChurnTrendPanelProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [showData, setShowData] = useState(false);
  // Months with a churn rate (someone active at their start); the axis alone is not a trend.
  const observed = points.filter((p) => p.rate !== null).length;
  const option = useMemo(
    () =>
      churnTrendOption(points, locale, {
        rate: t('dashboard.seriesRate'),
        churned: t('dashboard.seriesChurned'),
        activeAtStart: t('dashboard.seriesActive'),
      }),
    [points, locale, t],
  );

  return (
    <Card
      size="small"
      title={
        <Space size={4}>
          <span>{t('dashboard.trendTitle', { months })}</span>
          <DefinitionHelp inactivityDays={inactivityDays} dataDate={dataDate} testId="churn-trend-help" />
        </Space>
      }
      extra={
        <Button
          size="small"
          type={showData ? 'primary' : 'default'}
          icon={<TableOutlined />}
          aria-pressed={showData}
          aria-controls="churn-trend-data"
          data-testid="churn-trend-toggle"
          onClick={() => setShowData((v) => !v)}
        >
          {showData ? t('dashboard.hideData') : t('dashboard.showData')}
        </Button>
      }
    >
      {observed < MIN_TREND_MONTHS ? (
        <TooLittleHistory unit="months" needs={MIN_TREND_MONTHS} has={observed} height={300} testId="churn-trend-short" />
      ) : (
        <EChart option={option} height={300} data-testid="churn-trend-chart" data-points={points.length} role="img" aria-label={t('dashboard.trendTitle', { months })} />
      )}
      {showData ? (
        <div id="churn-trend-data" style={{ marginTop: 12 }}>
          <ChurnTrendTable points={points} />
        </div>
      ) : null}
    </Card>
  );
}
