// The fitted value models behind P(alive) and CLV: BG/NBD (r, α, a, b; time unit) and
// Gamma-Gamma (p, q, v), from the latest runs of each kind.
import { Card, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelRunSummary } from '../../../shared/contract/domains/scoring';
import { formatInteger, formatNumber } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { HelpPopover } from '../../components/HelpPopover';

const num = (v: unknown) => (typeof v === 'number' ? v : null);

export function ValueModelsCard({ bgnbd, gammaGamma }: { bgnbd: ModelRunSummary | null; gammaGamma: ModelRunSummary | null }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const params = (run: ModelRunSummary, keys: string[]) =>
    keys.map((k) => (
      <Descriptions.Item key={k} label={k}>
        <span data-testid={`value-model-${run.kind}-${k}`} data-value={num(run.params[k]) ?? ''}>
          {formatNumber(num(run.params[k]), locale, 4)}
        </span>
      </Descriptions.Item>
    ));
  return (
    <Card
      size="small"
      data-testid="value-models"
      title={
        <Space size={0}>
          {t('models.valueModels')}
          <HelpPopover topics={['pAlive', 'clv']} />
        </Space>
      }
    >
      {!bgnbd && !gammaGamma ? <Typography.Text type="secondary">{t('models.noValueModels')}</Typography.Text> : null}
      {bgnbd ? (
        <Descriptions
          size="small"
          column={{ xs: 2, md: 4 }}
          title={
            <span style={{ fontSize: 13 }}>
              BG/NBD · #{bgnbd.runId} ·{' '}
              <Typography.Text type="secondary" style={{ fontWeight: 400 }}>
                {t('models.timeUnit', { unit: bgnbd.params.timeUnit === 'week' ? t('models.week') : String(bgnbd.params.timeUnit ?? '—') })}
              </Typography.Text>
            </span>
          }
        >
          {params(bgnbd, ['r', 'alpha', 'a', 'b'])}
          <Descriptions.Item label={t('common.customers')}>{formatInteger(bgnbd.trainRows, locale)}</Descriptions.Item>
        </Descriptions>
      ) : null}
      {gammaGamma ? (
        <Descriptions size="small" column={{ xs: 2, md: 4 }} title={<span style={{ fontSize: 13 }}>Gamma-Gamma · #{gammaGamma.runId}</span>}>
          {params(gammaGamma, ['p', 'q', 'v'])}
          <Descriptions.Item label={t('common.customers')}>{formatInteger(gammaGamma.trainRows, locale)}</Descriptions.Item>
        </Descriptions>
      ) : null}
    </Card>
  );
}
