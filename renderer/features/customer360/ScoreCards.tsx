// The customer's headline scores: health (tier-coloured, with its change), churn probability,
// P(alive) with expected purchases, and CLV with the value × risk segment.
import type { ReactNode } from 'react';
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoreRow } from '../../../shared/contract/domains/scoring';
import { tierColors } from '../../../shared/domain/tiers';
import { formatCurrency, formatNumber, formatPercent } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { KpiCard } from '../../components/KpiCard';
import { HelpPopover } from '../../components/HelpPopover';
import { TierTag } from '../../components/TierTag';
import { useRfmSegmentName } from './use-rfm-segment-name';

function signedPoints(v: number | null): string {
  if (v === null) return '—';
  const r = Math.round(v * 10) / 10;
  return `${r > 0 ? '+' : ''}${formatNumber(r, undefined, 1)}`;
}

export function ScoreCards({ score, cutoffs }: { score: ScoreRow; cutoffs: { healthy: number; watch: number } }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const segmentName = useRfmSegmentName();
  const col = (node: ReactNode) => (
    <Col xs={24} sm={12} xl={6}>
      {node}
    </Col>
  );
  return (
    <Row gutter={[12, 12]}>
      {col(
        <KpiCard
          testId="c360-health"
          title={t('customer360.healthScore')}
          rawValue={score.healthScore}
          display={formatNumber(score.healthScore, locale, 1)}
          accent={score.tier ? tierColors[score.tier] : undefined}
          extra={<HelpPopover topics={['health', 'tiers', 'healthChange']} values={cutoffs} />}
          footer={
            <>
              <TierTag tier={score.tier} /> {t('customer360.change', { change: signedPoints(score.healthChange) })}
            </>
          }
        />,
      )}
      {col(
        <KpiCard
          testId="c360-probability"
          title={t('customer360.churnProbability')}
          rawValue={score.churnProbability}
          display={formatPercent(score.churnProbability, locale)}
          accent={tierColors.atRisk}
          extra={<HelpPopover topics={['churnProbability', 'churnModel']} />}
          footer={score.churned ? <Typography.Text type="danger">{t('customer360.churned')}</Typography.Text> : null}
        />,
      )}
      {col(
        <KpiCard
          testId="c360-palive"
          title={t('customer360.pAlive')}
          rawValue={score.pAlive}
          display={formatPercent(score.pAlive, locale)}
          accent={tierColors.healthy}
          extra={<HelpPopover topics={['pAlive']} />}
          footer={t('customer360.expectedPurchases', { n: formatNumber(score.expectedPurchases90d, locale, 2) })}
        />,
      )}
      {col(
        <KpiCard
          testId="c360-clv"
          title={t('customer360.clv')}
          rawValue={score.clv}
          display={formatCurrency(score.clv, locale, { compact: true })}
          exact={formatCurrency(score.clv, locale)}
          extra={<HelpPopover topics={['clv', 'valueRisk']} />}
          footer={
            <>
              {score.valueRisk ? t(`valueRisk.${score.valueRisk}`) : '—'}
              {score.rfmSegment
                ? ` · ${t('customer360.rfm', { r: score.rfmR ?? '—', f: score.rfmF ?? '—', m: score.rfmM ?? '—', segment: segmentName(score.rfmSegment) })}`
                : ''}
            </>
          }
        />,
      )}
    </Row>
  );
}
