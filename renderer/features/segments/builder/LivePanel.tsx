// Right column: how many customers the rule matches now and their share, the count after each
// top-level condition (a funnel), a sample of customers (each opens Customer 360), the data
// date. Numbers in the analyst's locale; errors as translated codes.
import { Card, Empty, Spin, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCompact, formatDate, formatInteger, formatPercent } from '../../../../shared/i18n/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLocale } from '../../../i18n/use-locale';
import { FunnelBars } from './FunnelBars';
import { SampleList } from './SampleList';
import type { PreviewState } from './use-preview';

interface LivePanelProps {
  readonly preview: PreviewState;
  /** Unfinished conditions are left out of what is counted. */
  readonly partial: boolean;
  /** No condition is complete yet: the count is all customers, and there is no funnel. */
  readonly baseline: boolean;
  /** No condition on the canvas. */
  readonly empty: boolean;
  readonly onOpenCustomer?: (customerId: string) => void;
}

export function LivePanel({ preview, partial, baseline, empty, onOpenCustomer }: LivePanelProps) {
  const { t } = useTranslation('segment-builder');
  const locale = useLocale();
  const { token } = theme.useToken();
  const { data, loading, error } = preview;
  const share = data && data.total > 0 ? data.count / data.total : null;
  const stale = loading;

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0 }} aria-live="polite" aria-busy={loading}>
      <Card size="small" title={t('live.title')} extra={loading ? <Spin size="small" aria-label={t('live.updating')} /> : null} styles={{ body: { padding: 12 } }}>
        {empty ? (
          <Typography.Text type="secondary">{t('live.emptyRule')}</Typography.Text>
        ) : (
          <div style={{ opacity: stale && data ? 0.55 : 1, transition: 'opacity 120ms' }}>
            <Typography.Text type="secondary">{t('live.matching')}</Typography.Text>
            <div style={{ display: 'flex', alignItems: 'baseline', gap: 8 }}>
              <span
                data-testid="segment-count"
                data-count={data?.count ?? ''}
                data-value={data && !loading ? data.count : ''}
                style={{ fontSize: 28, fontWeight: 600, fontVariantNumeric: 'tabular-nums', color: token.colorText }}
              >
                {data ? formatInteger(data.count, locale) : '—'}
              </span>
              {data && locale === 'zh-CN' && data.count >= 1e4 ? <Typography.Text type="secondary">≈ {formatCompact(data.count, locale)}</Typography.Text> : null}
            </div>
            {data ? (
              <Typography.Text type="secondary" data-testid="segment-share" style={{ fontSize: 12 }}>
                {t('live.ofTotal', { share: formatPercent(share, locale), total: formatInteger(data.total, locale) })}
              </Typography.Text>
            ) : null}
            {data ? (
              <div style={{ height: 6, background: token.colorFillSecondary, borderRadius: 3, marginTop: 6 }}>
                <div style={{ width: `${Math.min(100, (share ?? 0) * 100)}%`, height: 6, background: token.colorPrimary, borderRadius: 3 }} />
              </div>
            ) : null}
            <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 6, fontSize: 12 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="segment-as-of">
                {data ? (data.asOf ? t('live.asOf', { date: formatDate(data.asOf, locale) }) : t('live.noSnapshot')) : null}
              </Typography.Text>
              {data ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('live.elapsed', { ms: Math.round(data.elapsedMs) })}
                </Typography.Text>
              ) : null}
            </div>
            {partial ? (
              <Typography.Text type="warning" style={{ display: 'block', fontSize: 12, marginTop: 4 }} data-testid="segment-unfinished">
                {t('live.unfinished')}
              </Typography.Text>
            ) : null}
          </div>
        )}
        {error ? (
          <div style={{ marginTop: 8 }}>
            <ErrorAlert error={error} />
          </div>
        ) : null}
      </Card>
      {data && preview.filter && !empty && !baseline ? (
        <Card size="small" title={t('live.funnel')} styles={{ body: { padding: '8px 12px' } }}>
          <FunnelBars filter={preview.filter} funnel={data.funnel} total={data.total} dimmed={stale} />
        </Card>
      ) : null}
      {data && !empty ? (
        <Card
          size="small"
          title={t('live.sample')}
          extra={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('live.sampleHint')}
            </Typography.Text>
          }
          styles={{ body: { padding: 0 } }}
        >
          {data.sample.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.noSample')} />
          ) : (
            <SampleList rows={data.sample} onOpenCustomer={onOpenCustomer} dimmed={stale} />
          )}
        </Card>
      ) : null}
    </div>
  );
}
