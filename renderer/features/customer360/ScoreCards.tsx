// The customer's headline scores: health (tier-coloured, with its change), churn probability,
// P(alive) with expected purchases, and CLV with the value × risk segment. A churned customer
// has no tier and no churn risk (PRODUCT.md §5): its first card says 已流失 with the churn date
// and kind, and the health score is shown muted, without a tier.
import type { ReactNode } from 'react';
import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoreRow } from '../../../shared/contract/domains/scoring';
import { tierColors } from '../../../shared/domain/tiers';
import { formatNumber } from '../../../shared/i18n/format';
import { formatValue } from '../../../shared/i18n/format-kind';
import { useLocale } from '../../i18n/use-locale';
import { KpiCard } from '../../components/KpiCard';
import { HelpPopover } from '../../components/HelpPopover';
import { TierTag } from '../../components/TierTag';
import { useCatalogLabels } from '../../i18n/catalog-label';
import { formatDate } from '../../../shared/i18n/format';
import { useRfmSegmentName } from './use-rfm-segment-name';

function signedPoints(v: number | null): string {
  if (v === null) return '—';
  const r = Math.round(v * 10) / 10;
  return `${r > 0 ? '+' : ''}${formatValue(r, 'score', 'en')}`;
}

export interface ChurnFact {
  date: string | null;
  kind: string | null;
}

/** `noChurnNote`: shown under the churn probability when the snapshot has none (why, see ChurnSkipNote). */
export function ScoreCards({
  score,
  cutoffs,
  churn = null,
  configChanged = false,
  noChurnNote = null,
}: {
  score: ScoreRow;
  cutoffs: { healthy: number; watch: number };
  churn?: ChurnFact | null;
  /** The health configuration changed since the previous snapshot: no change is the customer's. */
  configChanged?: boolean;
  noChurnNote?: ReactNode;
}) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const labels = useCatalogLabels();
  const segmentName = useRfmSegmentName();
  const col = (node: ReactNode) => (
    <Col xs={24} sm={12} xl={6}>
      {node}
    </Col>
  );
  return (
    <Row gutter={[12, 12]}>
      {churn ? (
        <>
          {col(
            <KpiCard
              testId="c360-churned"
              title={labels.field('lifecycle')}
              rawValue={null}
              display={labels.value('lifecycle', 'churned')}
              accent="#8c8c8c"
              extra={<HelpPopover topics={['churnImplicit', 'churnActive']} />}
              footer={
                <span data-testid="c360-churned-detail" data-date={churn.date ?? ''} data-kind={churn.kind ?? ''}>
                  {[churn.date ? formatDate(churn.date, locale) : null, churn.kind ? labels.value('churn_kind', churn.kind) : null].filter(Boolean).join(' · ') || '—'}
                </span>
              }
            />,
          )}
          {col(
            <KpiCard
              testId="c360-health"
              title={t('customer360.healthScore')}
              rawValue={score.healthScore}
              display={formatValue(score.healthScore, 'score', locale)}
              accent="#8c8c8c"
              extra={<HelpPopover topics={['health', 'tiers']} values={cutoffs} />}
              footer={t('customer360.churnedNoTier')}
            />,
          )}
        </>
      ) : (
        <>
          {col(
            <KpiCard
              testId="c360-health"
              title={t('customer360.healthScore')}
              rawValue={score.healthScore}
              display={formatValue(score.healthScore, 'score', locale)}
              accent={score.tier ? tierColors[score.tier] : undefined}
              extra={<HelpPopover topics={['health', 'tiers', 'healthChange']} values={cutoffs} />}
              footer={
                <>
                  <TierTag tier={score.tier} />{' '}
                  {configChanged && score.healthChange === null ? (
                    <span data-testid="c360-health-config-changed">{t('customer360.changeConfigChanged')}</span>
                  ) : (
                    t('customer360.change', { change: signedPoints(score.healthChange) })
                  )}
                </>
              }
            />,
          )}
          {col(
            <KpiCard
              testId="c360-probability"
              title={t('customer360.churnProbability')}
              rawValue={score.churnProbability}
              display={formatValue(score.churnProbability, 'probability', locale)}
              accent={tierColors.atRisk}
              extra={<HelpPopover topics={['churnProbability', 'churnModel']} />}
              footer={score.churned ? <Typography.Text type="danger">{t('customer360.churned')}</Typography.Text> : score.churnProbability === null ? noChurnNote : null}
            />,
          )}
        </>
      )}
      {col(
        <KpiCard
          testId="c360-palive"
          title={t('customer360.pAlive')}
          rawValue={score.pAlive}
          display={formatValue(score.pAlive, 'probability', locale)}
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
          // One customer's money reads as in the grid: the full figure, not 万.
          display={formatValue(score.clv, 'currency', locale)}
          extra={<HelpPopover topics={['clv', 'valueRisk']} />}
          footer={
            // A churned customer has no value × risk segment: its RFM alone.
            [
              score.valueRisk ? t(`valueRisk.${score.valueRisk}`) : churn ? null : '—',
              score.rfmSegment ? t('customer360.rfm', { r: score.rfmR ?? '—', f: score.rfmF ?? '—', m: score.rfmM ?? '—', segment: segmentName(score.rfmSegment) }) : null,
            ]
              .filter(Boolean)
              .join(' · ')
          }
        />,
      )}
    </Row>
  );
}
