// Group weights and tier cut-offs: the two numbers above the indicators that shape the score.
import { InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import { tierColors } from '../../../shared/domain/tiers';
import { formatPercent } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { useHealthGroupLabel } from '../../i18n/indicator-label';
import { groupShares, setGroupWeight, setTiers } from './health-draft';
import { HelpPopover } from '../../components/HelpPopover';
import { emptyNoData, type NoDataView } from './no-data';

export interface ConfigPartProps {
  config: HealthConfig;
  onChange: (config: HealthConfig) => void;
}

export function GroupWeights({ config, onChange, noData = emptyNoData }: ConfigPartProps & { noData?: NoDataView }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const groupName = useHealthGroupLabel();
  const shares = groupShares(config, noData.ids);
  // A group whose every indicator lacks data is left out of the score.
  const withoutData = (id: string) =>
    noData.ids.size > 0 && config.indicators.some((i) => i.group === id) && config.indicators.every((i) => i.group !== id || noData.ids.has(i.id));
  return (
    <div data-testid="health-groups">
      <Typography.Text strong>
        {t('health.groups')}
        <HelpPopover topics={['groupWeight']} />
      </Typography.Text>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 16px', marginTop: 4 }}>
        {config.groups.map((g) => (
          <Space key={g.id} size={4} data-testid={`group-${g.id}`} data-no-data={withoutData(g.id) ? 'true' : undefined} style={withoutData(g.id) ? { opacity: 0.55 } : undefined}>
            <span style={{ minWidth: 36, display: 'inline-block' }}>{groupName(g.id)}</span>
            <InputNumber
              size="small"
              min={0}
              max={1000}
              value={g.weight}
              aria-label={`${t('health.weight')} ${groupName(g.id)}`}
              onChange={(v) => v !== null && onChange(setGroupWeight(config, g.id, v))}
              style={{ width: 64 }}
              data-testid={`group-${g.id}-weight`}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12, minWidth: 64 }}>
              {withoutData(g.id) ? t('health.noData.group') : t('health.groupShare', { share: formatPercent(shares.get(g.id) ?? 0, locale) })}
            </Typography.Text>
          </Space>
        ))}
      </div>
    </div>
  );
}

export function TierCutoffs({ config, onChange }: ConfigPartProps) {
  const { t } = useTranslation('scoring');
  const { healthy, watch } = config.tiers;
  const bar = (from: number, to: number, color: string) => <div style={{ width: `${Math.max(0, to - from)}%`, background: color, height: 6 }} />;
  return (
    <div data-testid="health-tiers">
      <Typography.Text strong>
        {t('health.tierCutoffs')}
        <HelpPopover topics={['tiers']} values={{ healthy, watch }} testId="help-tiers" />
      </Typography.Text>
      <Space size={12} wrap style={{ marginTop: 4 }}>
        <Space size={4}>
          <span style={{ color: tierColors.healthy, fontWeight: 600 }}>{t('health.healthyFrom')}</span>
          <InputNumber
            size="small"
            min={0}
            max={100}
            value={healthy}
            onChange={(v) => v !== null && onChange(setTiers(config, { healthy: v, watch }))}
            style={{ width: 64 }}
            data-testid="tier-healthy-cutoff"
          />
        </Space>
        <Space size={4}>
          <span style={{ color: tierColors.watch, fontWeight: 600 }}>{t('health.watchFrom')}</span>
          <InputNumber
            size="small"
            min={0}
            max={100}
            value={watch}
            onChange={(v) => v !== null && onChange(setTiers(config, { healthy, watch: v }))}
            style={{ width: 64 }}
            data-testid="tier-watch-cutoff"
          />
        </Space>
        <span style={{ color: tierColors.atRisk, fontWeight: 600 }}>{t('health.atRiskBelow', { watch })}</span>
      </Space>
      <div aria-hidden style={{ display: 'flex', marginTop: 6, borderRadius: 3, overflow: 'hidden', maxWidth: 360 }}>
        {bar(0, watch, tierColors.atRisk)}
        {bar(watch, healthy, tierColors.watch)}
        {bar(healthy, 100, tierColors.healthy)}
      </div>
    </div>
  );
}
