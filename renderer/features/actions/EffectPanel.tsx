// Check of the PDCA review (campaign.effect): treatment vs control rates, the uplift with
// Newcombe's 95 % interval as the headline and Wald's beside it, the p-value, a banner when the
// groups are not the sizes drawn (sample-ratio mismatch), saved customers and value with their
// intervals, cost and ROI with its interval, a chart of both, and the breakdowns.
import { useMemo } from 'react';
import { Alert, Divider, Flex, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignEffect } from '../../../shared/contract/domains/campaigns';
import type { AppError } from '../../../shared/contract/errors';
import { formatCurrency, formatDate, formatInteger } from '../../../shared/i18n/format';
import { EChart } from '../../charts/EChart';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocale } from '../../i18n/use-locale';
import { EffectBreakdowns } from './EffectBreakdowns';
import { effectChartOption } from './effect-chart-option';
import { formatEstimateCount, formatPointInterval, formatPValue, formatRate, formatRoi, formatUplift } from './effect-format';
import { EffectStat } from './EffectStat';

export interface EffectPanelProps {
  effect: CampaignEffect | undefined;
  error: AppError | undefined;
  loading: boolean;
  onRetry: () => void;
}

export function EffectPanel({ effect, error, loading, onRetry }: EffectPanelProps) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const option = useMemo(
    () =>
      effect && effect.uplift !== null
        ? effectChartOption(effect, {
            treatment: t('groups.treatment'),
            control: t('groups.control'),
            rates: '',
            uplift: t('effect.chartUplift'),
            newcombe: t('effect.newcombe'),
            wald: t('effect.waldShort'),
          })
        : null,
    [effect, t],
  );
  if (error && !effect) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (!effect) return <Skeleton active paragraph={{ rows: 6 }} />;
  const e = effect;
  const money = (v: number | null | undefined) => formatCurrency(v, locale, { compact: true });
  const tone = e.newcombe ? (e.newcombe.lower > 0 ? 'success' : e.newcombe.upper < 0 ? 'danger' : undefined) : undefined;
  return (
    <div data-testid="campaign-effect" data-loading={loading ? 'true' : 'false'} data-problem={e.problem ?? ''}>
      {e.problem ? <Alert type="info" showIcon style={{ marginBottom: 8 }} title={t(`effect.${e.problem}`)} data-testid="effect-problem" /> : null}
      {!e.window.complete && e.problem !== 'noMembers' ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('effect.windowOpen', { date: formatDate(e.window.dataDate, locale) })}
          data-testid="effect-window-open"
        />
      ) : null}
      {e.srm?.alarm ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="effect-srm"
          title={t('effect.srmAlarm', {
            treatment: formatInteger(e.treatment.n, locale),
            control: formatInteger(e.control.n, locale),
            chi: e.srm.chiSquare.toFixed(2),
            p: formatPValue(e.srm.pValue),
          })}
          description={t('effect.drawn', { treatment: formatInteger(e.drawn.treatment, locale), control: formatInteger(e.drawn.control, locale) })}
        />
      ) : null}
      <Flex wrap gap={12} justify="space-between">
        <EffectStat
          testId="effect-treatment"
          label={t('effect.treatmentRate')}
          raw={e.treatment.rate}
          value={formatRate(e.treatment.rate, locale)}
          sub={t('effect.successes', { successes: formatInteger(e.treatment.successes, locale), n: formatInteger(e.treatment.n, locale) })}
        />
        <EffectStat
          testId="effect-control"
          label={t('effect.controlRate')}
          raw={e.control.rate}
          value={formatRate(e.control.rate, locale)}
          sub={t('effect.successes', { successes: formatInteger(e.control.successes, locale), n: formatInteger(e.control.n, locale) })}
        />
        <EffectStat testId="effect-uplift" label={t('effect.uplift')} raw={e.uplift} tone={tone} value={formatUplift(e.uplift, locale)} sub={formatPointInterval(e.newcombe)} />
        <EffectStat testId="effect-wald" compact label={t('effect.wald')} raw={e.wald?.lower ?? null} value={formatPointInterval(e.wald)} />
        <EffectStat
          testId="effect-pvalue"
          compact
          label={t('effect.pValue')}
          raw={e.pValue}
          value={formatPValue(e.pValue)}
          sub={e.pValue === null ? undefined : e.pValue < 0.05 ? t('effect.significant') : t('effect.notSignificant')}
        />
      </Flex>
      <Divider style={{ margin: '8px 0' }} />
      <Flex wrap gap={12} justify="space-between">
        <EffectStat
          testId="effect-saved-customers"
          label={t('effect.savedCustomers')}
          raw={e.savedCustomers?.estimate ?? null}
          value={formatEstimateCount(e.savedCustomers?.estimate)}
          sub={e.savedCustomers ? `[${formatEstimateCount(e.savedCustomers.lower)}, ${formatEstimateCount(e.savedCustomers.upper)}]` : undefined}
        />
        <EffectStat
          testId="effect-saved-value"
          label={t('effect.savedValue')}
          raw={e.savedValue?.estimate ?? null}
          value={money(e.savedValue?.estimate)}
          sub={e.savedValue ? `[${money(e.savedValue.lower)}, ${money(e.savedValue.upper)}] · ${t('effect.meanClv', { value: money(e.meanClv) })}` : undefined}
        />
        <EffectStat testId="effect-cost" label={t('effect.cost')} raw={e.cost} value={money(e.cost)} />
        <EffectStat
          testId="effect-roi"
          label={t('effect.roi')}
          raw={e.roi?.estimate ?? null}
          tone={e.roi ? (e.roi.lower > 0 ? 'success' : e.roi.upper < 0 ? 'danger' : undefined) : undefined}
          value={e.roi ? formatRoi(e.roi.estimate, locale) : '—'}
          sub={e.roi ? `[${formatRoi(e.roi.lower, locale)}, ${formatRoi(e.roi.upper, locale)}]` : e.cost === 0 || e.cost === null ? t('effect.roiNone') : undefined}
        />
      </Flex>
      {option ? <EChart option={option} height={170} style={{ marginTop: 8 }} data-testid="effect-chart" /> : null}
      {e.breakdowns.length > 0 && e.problem === null ? <EffectBreakdowns breakdowns={e.breakdowns} /> : null}
    </div>
  );
}
