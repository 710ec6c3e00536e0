// The live "before launch" numbers of the New-campaign dialog (campaign.plan): audience size,
// the groups the control share makes, the baseline rate and the smallest uplift those sizes can
// detect at power 80 %, α 5 %, said in words.
import { Alert, Descriptions, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignPlan } from '../../../shared/contract/domains/campaigns';
import { formatInteger, formatPercent } from '../../../shared/i18n/format';
import type { AppError } from '../../../shared/contract/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocale } from '../../i18n/use-locale';
import { tierOf } from './tier-code';

export interface PlanPreviewProps {
  plan: CampaignPlan | undefined;
  error: AppError | undefined;
  loading: boolean;
}

/** 0.0345 → "3.5" (points, one decimal): the MDE in the sentence. */
function points(fraction: number): string {
  return (Math.round(fraction * 1000) / 10).toFixed(1);
}

export function PlanPreview({ plan, error, loading }: PlanPreviewProps) {
  const { t } = useTranslation('campaigns');
  const { t: ts } = useTranslation('scoring');
  const locale = useLocale();
  // Strata are risk tiers (or one stratum when not stratified); a tier reads by its name.
  const stratumName = (code: string) => {
    const tier = tierOf(code);
    return tier ? ts(`tiers.${tier}`) : code === 'unscored' ? ts('tiers.unscored') : code;
  };
  if (error) return <ErrorAlert error={error} title={t('plan.title')} />;
  if (!plan) return <Skeleton active paragraph={{ rows: 2 }} />;
  return (
    <div data-testid="campaign-plan" data-loading={loading ? 'true' : 'false'} data-audience={plan.audience} data-mde={plan.mde ?? ''}>
      <Descriptions size="small" column={4} bordered title={<Typography.Text strong>{t('plan.title')}</Typography.Text>}>
        <Descriptions.Item label={t('plan.audience')}>
          <span data-testid="plan-audience">{formatInteger(plan.audience, locale)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('plan.treatment')}>
          <span data-testid="plan-treatment">{formatInteger(plan.treatment, locale)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('plan.control')}>
          <span data-testid="plan-control">{formatInteger(plan.control, locale)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('plan.baseline')}>{formatPercent(plan.baselineRate, locale)}</Descriptions.Item>
      </Descriptions>
      {plan.excluded > 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('plan.excluded', { count: plan.excluded })}
        </Typography.Text>
      ) : null}
      {plan.audience === 0 ? (
        <Alert type="warning" showIcon style={{ marginTop: 8 }} title={t('plan.empty')} />
      ) : (
        <Alert
          type={plan.mde === null ? 'warning' : 'info'}
          showIcon
          style={{ marginTop: 8 }}
          data-testid="plan-mde"
          title={plan.mde === null ? t('plan.mdeNone') : t('plan.mdeWords', { value: points(plan.mde) })}
          description={
            plan.strata.length > 1
              ? t('plan.strata', {
                  list: plan.strata.map((s) => `${stratumName(s.stratum)} ${formatInteger(s.n - s.control, locale)}/${formatInteger(s.control, locale)}`).join(' · '),
                })
              : undefined
          }
        />
      )}
    </div>
  );
}
