// Plan of the PDCA review: who was targeted and why, with which playbook, and how the groups were
// drawn (seed, control share, stratification) with the smallest uplift they could detect.
import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChannelSchema, type Campaign, type Playbook } from '../../../shared/contract/domains/campaigns';
import { formatCurrency, formatDate, formatPercent } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { AudienceSummary } from './AudienceSummary';
import { formatUplift } from './effect-format';
import { playbookName } from './shared-words';

export interface ReviewPlanProps {
  campaign: Campaign;
  playbook: Playbook | null;
  mde: number | null;
}

export function ReviewPlan({ campaign: c, playbook, mde }: ReviewPlanProps) {
  const { t } = useTranslation('campaigns');
  const { t: tc } = useTranslation('campaign-words');
  const locale = useLocale();
  // Campaigns from data name their channel in words; known codes are translated.
  const code = ChannelSchema.safeParse(c.channel);
  const channel = code.success ? tc(`channels.${code.data}`) : c.channel;
  const playbookText = playbook ? playbookName(playbook, locale) : (c.playbookText ?? '—');
  return (
    <Descriptions size="small" column={1} styles={{ label: { width: 140 } }}>
      <Descriptions.Item label={t('review.hypothesis')}>
        {c.hypothesis ? <span data-testid="plan-hypothesis">{c.hypothesis}</span> : <Typography.Text type="secondary">{t('review.noHypothesis')}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={t('audience.title')}>
        <AudienceSummary audience={c.audience} />
      </Descriptions.Item>
      <Descriptions.Item label={t('review.playbook')}>
        {playbookText}
        {channel ? ` · ${channel}` : ''}
        {c.costPerContact !== null ? ` · ${formatCurrency(c.costPerContact, locale)}` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('review.owner')}>{c.owner ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('review.dates')}>
        {formatDate(c.startDate, locale)} – {formatDate(c.endDate, locale)} · {t('review.followUp')} {t('review.days', { count: c.followUpDays })}
      </Descriptions.Item>
      <Descriptions.Item label={t('review.controlShare')}>
        {formatPercent(c.controlShare, locale, 0)} · {c.stratify === 'tier' ? t('review.stratified') : t('review.notStratified')}
      </Descriptions.Item>
      <Descriptions.Item label={t('review.seed')}>
        <span data-testid="plan-seed">{c.seed ?? '—'}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('form.metric')}>{t(`metrics.${c.outcomeMetric}`)}</Descriptions.Item>
      <Descriptions.Item label={t('review.mde')}>{mde === null ? '—' : formatUplift(mde, locale).replace(/^\+/, '≥ ')}</Descriptions.Item>
    </Descriptions>
  );
}
