// The customer's health score and churn probability across snapshots.
import { useMemo } from 'react';
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerProfile } from '../../../shared/contract/domains/scoring';
import { EChart } from '../../charts/EChart';
import { scoreHistoryOption } from '../../charts/score-history-option';
import { useLocale } from '../../i18n/use-locale';
import { HelpPopover } from '../../components/HelpPopover';
import { TooLittleHistory } from '../../components/TooLittleHistory';

const MIN_SNAPSHOTS = 2;

export function ScoreHistoryCard({ history, cutoffs }: { history: CustomerProfile['history']; cutoffs: { healthy: number; watch: number } }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  // Oldest first, left to right, whatever order the host sends.
  const points = useMemo(() => [...history].sort((a, b) => a.asOf.localeCompare(b.asOf)), [history]);
  const option = useMemo(
    () =>
      scoreHistoryOption(points, cutoffs, locale, {
        health: t('customer360.healthScore'),
        probability: t('customer360.churnProbability'),
        configChanged: (version) => t('customer360.configChanged', { version }),
      }),
    [points, cutoffs, locale, t],
  );
  return (
    <Card
      size="small"
      title={
        <Space size={0}>
          {t('customer360.history')}
          <HelpPopover topics={['snapshot']} />
        </Space>
      }
      style={{ height: '100%' }}
    >
      {points.length < MIN_SNAPSHOTS ? (
        // One point is not a trend: say what is missing rather than draw a lone dot on empty axes.
        <TooLittleHistory unit="snapshots" needs={MIN_SNAPSHOTS} has={points.length} height={260} testId="c360-history-short" />
      ) : (
        <EChart
          option={option}
          height={260}
          data-testid="c360-history-chart"
          data-points={points.length}
          data-config-changes={points.filter((p) => p.configChanged).length}
          role="img"
          aria-label={t('customer360.history')}
        />
      )}
      {points.some((p) => p.configChanged) ? (
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} data-testid="c360-history-config-note">
          {t('customer360.configChangedNote')}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
