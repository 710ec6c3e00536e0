// The churn probability's top contributing factors, with reason type, value and contribution.
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Reason } from '../../../shared/contract/domains/scoring';
import { tierColors } from '../../../shared/domain/tiers';
import { formatNumber } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { HelpPopover } from '../../components/HelpPopover';
import { useFeatureLabel } from '../../i18n/use-feature-label';
import { formatValue } from '../../../shared/i18n/format-kind';

export function ReasonsCard({ reasons, churned = false }: { reasons: readonly Reason[]; churned?: boolean }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const featureName = useFeatureLabel();
  const max = Math.max(1e-9, ...reasons.map((r) => Math.abs(r.contribution)));
  return (
    <Card
      size="small"
      data-testid="c360-reasons"
      data-count={reasons.length}
      title={
        <Space size={0}>
          {t('customer360.reasons')}
          <HelpPopover topics={['churnProbability', 'reasonTypes']} />
        </Space>
      }
      style={{ height: '100%' }}
    >
      {reasons.length === 0 ? (
        <Typography.Text type="secondary">{t(churned ? 'customer360.noReasonsChurned' : 'customer360.noReasons')}</Typography.Text>
      ) : (
        <ol style={{ margin: 0, paddingLeft: 18 }}>
          {reasons.map((r) => (
            <li key={r.feature} data-reason-type={r.reasonType} style={{ marginBottom: 10 }}>
              <div>
                <Tag color="red" style={{ marginInlineEnd: 6 }}>
                  {t(`reasonTypes.${r.reasonType}`)}
                </Tag>
                <b>{featureName(r.feature)}</b>
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('customer360.value')} {formatNumber(r.value, locale, 2)} · {t('customer360.contribution')} {formatValue(r.contribution, 'coefficient', locale)}
              </Typography.Text>
              <div aria-hidden style={{ height: 4, background: '#f5f5f5', borderRadius: 2, marginTop: 2 }}>
                <div style={{ width: `${(Math.abs(r.contribution) / max) * 100}%`, height: 4, borderRadius: 2, background: tierColors.atRisk }} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
