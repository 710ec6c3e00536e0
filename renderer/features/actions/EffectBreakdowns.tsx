// The effect by value × risk group, owner and risk tier: each row's rates, uplift with its
// Newcombe interval and p-value (small groups give wide intervals; the table says so by them).
import { Table, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignEffect, EffectRow } from '../../../shared/contract/domains/campaigns';
import { VALUE_RISK_CODES } from '../../../shared/catalog/customer-fields';
import { formatInteger } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { formatPointInterval, formatPValue, formatRate, formatUplift } from './effect-format';

type By = CampaignEffect['breakdowns'][number]['by'];

const TIERS = ['healthy', 'watch', 'atRisk', 'unscored'] as const;

export function EffectBreakdowns({ breakdowns }: { breakdowns: CampaignEffect['breakdowns'] }) {
  const { t } = useTranslation('campaigns');
  const { t: ts } = useTranslation('scoring');
  const locale = useLocale();
  const keyText = (by: By, key: string | null): string => {
    if (key === null || key === '') return t('effect.noKey');
    const valueRisk = VALUE_RISK_CODES.find((c) => c === key);
    if (by === 'valueRisk' && valueRisk) return ts(`valueRisk.${valueRisk}`);
    const tier = TIERS.find((c) => c === key);
    if (by === 'tier' && tier) return ts(`tiers.${tier}`);
    return key;
  };
  const title: Record<By, string> = { valueRisk: t('effect.byValueRisk'), owner: t('effect.byOwner'), tier: t('effect.byTier') };
  const rate = (p: EffectRow['treatment']) => `${formatRate(p.rate, locale)} (${formatInteger(p.successes, locale)}/${formatInteger(p.n, locale)})`;
  return (
    <Tabs
      size="small"
      data-testid="effect-breakdowns"
      items={breakdowns.map((b) => ({
        key: b.by,
        label: title[b.by],
        children: (
          <Table<EffectRow>
            size="small"
            rowKey={(r) => r.key ?? ''}
            dataSource={b.rows}
            pagination={b.rows.length > 8 ? { pageSize: 8, size: 'small' } : false}
            data-testid={`effect-breakdown-${b.by}`}
            columns={[
              { key: 'key', title: t('effect.key'), render: (_, r) => keyText(b.by, r.key) },
              { key: 'treatment', title: t('effect.treatmentCol'), align: 'right', render: (_, r) => rate(r.treatment) },
              { key: 'control', title: t('effect.controlCol'), align: 'right', render: (_, r) => rate(r.control) },
              {
                key: 'uplift',
                title: t('list.uplift'),
                align: 'right',
                render: (_, r) => (
                  <span>
                    {formatUplift(r.uplift, locale)} <Typography.Text type="secondary">{formatPointInterval(r.newcombe)}</Typography.Text>
                  </span>
                ),
              },
              { key: 'p', title: t('effect.pValue'), align: 'right', width: 80, render: (_, r) => formatPValue(r.pValue) },
            ]}
          />
        ),
      }))}
    />
  );
}
