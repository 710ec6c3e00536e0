// The live preview beside the editor: distribution (edited vs saved), customers per tier,
// mean and group scores, and the tier moves the edit would cause.
import { useMemo } from 'react';
import { Card, Descriptions, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import type { SnapshotSummary } from '../../../shared/contract/domains/scoring';
import { formatDate, formatInteger } from '../../../shared/i18n/format';
import { EChart } from '../../charts/EChart';
import { healthHistogramOption } from '../../charts/health-histogram-option';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocale } from '../../i18n/use-locale';
import { useHealthGroupLabel } from '../../i18n/indicator-label';
import { HelpPopover } from '../../components/HelpPopover';
import { NoSnapshotState } from './NoSnapshotState';
import { TierCountCards } from './TierCountCards';
import { TransitionTable } from './TransitionTable';
import type { PreviewState } from './use-health-preview';
import type { SnapshotTiers } from './use-snapshot-tiers';
import { formatValue } from '../../../shared/i18n/format-kind';

export interface PreviewPanelProps {
  preview: PreviewState;
  config: HealthConfig;
  problem: string | null;
  onRefreshed: (summary: SnapshotSummary) => void;
  /** The newest snapshot's stored counts (the customer mart, as the Dashboard reads them). */
  snapshot: SnapshotTiers | null;
}

export function PreviewPanel({ preview, config, problem, onRefreshed, snapshot }: PreviewPanelProps) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const groupName = useHealthGroupLabel();
  const data = preview.data;
  const savedVersion = data?.saved?.version ?? null;
  const option = useMemo(
    () =>
      data
        ? healthHistogramOption(
            data.histogram,
            config.tiers,
            locale,
            {
              current: t('health.current'),
              saved: savedVersion === null ? null : t('health.savedSeries', { version: savedVersion }),
              customers: t('common.customers'),
              range: (lower, upper) => t('health.scoreRange', { lower, upper }),
              tier: (tier) => t(`tiers.${tier}`),
            },
            data.saved?.histogram ?? null,
          )
        : null,
    [data, config.tiers, locale, t, savedVersion],
  );

  const title = (
    <Space size={4}>
      {t('health.preview')}
      <HelpPopover topics={['health', 'tiers', 'snapshot']} values={config.tiers} testId="help-health" />
      {preview.loading ? <Spin size="small" data-testid="health-preview-loading" /> : null}
    </Space>
  );

  let body;
  if (problem) {
    body = <Typography.Text type="danger">{t('health.invalid', { message: problem })}</Typography.Text>;
  } else if (preview.error && !data) {
    body = <ErrorAlert error={preview.error} />;
  } else if (!data) {
    body = <Spin style={{ display: 'block', margin: '48px auto' }} />;
  } else if (data.snapshotId === null) {
    body = <NoSnapshotState onRefreshed={onRefreshed} />;
  } else {
    const total = data.tiers.healthy + data.tiers.watch + data.tiers.atRisk;
    body = (
      <Space orientation="vertical" size={10} style={{ width: '100%' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('health.previewOf', { date: formatDate(data.asOf, locale) })}
        </Typography.Text>
        {preview.error ? <ErrorAlert error={preview.error} /> : null}
        <TierCountCards counts={data.tiers} saved={snapshot?.tiers ?? data.saved?.tiers ?? null} churned={snapshot?.churned ?? null} />
        {option ? (
          <EChart option={option} height={220} data-testid="health-histogram" data-total={total} data-bins={data.histogram.length} role="img" aria-label={t('health.histogram')} />
        ) : null}
        <Descriptions size="small" column={1} bordered styles={{ label: { width: 120 } }}>
          <Descriptions.Item label={t('health.meanScore')}>
            <span data-testid="health-mean" data-value={data.meanScore ?? ''}>
              {formatValue(data.meanScore, 'score', locale)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('health.groupMeans')}>
            <span style={{ display: 'flex', flexWrap: 'wrap', gap: '2px 12px' }}>
              {data.groupMeans.map((g) => (
                <span key={g.group}>
                  {groupName(g.group)} <b>{formatValue(g.mean, 'score', locale)}</b>
                </span>
              ))}
            </span>
          </Descriptions.Item>
        </Descriptions>
        {data.saved ? (
          <TransitionTable transitions={data.transitions} />
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('health.noSaved')}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('common.snapshotCustomers', { n: formatInteger(total, locale) })}
        </Typography.Text>
      </Space>
    );
  }

  return (
    <Card size="small" title={title} data-testid="health-preview">
      {body}
    </Card>
  );
}
