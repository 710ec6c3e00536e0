// Customers per tier with the edited configuration, beside the snapshot's stored counts. Tiers
// concern customers not churned (PRODUCT.md §5): the churned ones are counted apart, as 已流失.
import { Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { tierColors, tierTints, type Tier } from '../../../shared/domain/tiers';
import { formatInteger, formatPercent } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';

type Counts = Record<Tier, number>;

const tiers: Tier[] = ['healthy', 'watch', 'atRisk'];

function signed(n: number): string {
  return n > 0 ? `+${formatInteger(n)}` : n < 0 ? `-${formatInteger(-n)}` : '±0';
}

export function TierCountCards({ counts, saved, churned = null }: { counts: Counts; saved: Counts | null; churned?: number | null }) {
  const { t } = useTranslation('scoring');
  const { t: tc } = useTranslation('catalog');
  const locale = useLocale();
  const { token } = theme.useToken();
  const total = counts.healthy + counts.watch + counts.atRisk;
  return (
    <div>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }} data-testid="health-tier-counts">
        {tiers.map((tier) => {
          const delta = saved ? counts[tier] - saved[tier] : null;
          return (
            <div
              key={tier}
              data-testid={`health-tier-${tier}`}
              data-value={counts[tier]}
              data-saved={saved ? saved[tier] : ''}
              style={{
                background: tierTints[tier].background,
                border: `1px solid ${tierTints[tier].border}`,
                borderTop: `3px solid ${tierColors[tier]}`,
                borderRadius: token.borderRadius,
                padding: '6px 10px',
              }}
            >
              <div style={{ color: tierColors[tier], fontWeight: 600 }}>{t(`tiers.${tier}`)}</div>
              <div style={{ fontSize: 22, fontWeight: 600, lineHeight: '28px', fontVariantNumeric: 'tabular-nums' }}>{formatInteger(counts[tier], locale)}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatPercent(total > 0 ? counts[tier] / total : null, locale)}
                {saved && delta !== null ? (
                  <>
                    {' · '}
                    {t('health.before')} {formatInteger(saved[tier], locale)}{' '}
                    <span data-testid={`health-tier-${tier}-delta`} style={{ color: delta === 0 ? undefined : token.colorText, fontWeight: 600 }}>
                      ({signed(delta)})
                    </span>
                  </>
                ) : null}
              </Typography.Text>
            </div>
          );
        })}
      </div>
      {churned !== null ? (
        <div
          data-testid="health-churned"
          data-value={churned}
          style={{ marginTop: 8, padding: '4px 10px', border: `1px dashed ${token.colorBorder}`, borderRadius: token.borderRadius, color: token.colorTextSecondary, fontSize: 12 }}
        >
          <span style={{ fontWeight: 600 }}>{tc('values.lifecycle.churned')}</span>{' '}
          <span style={{ fontWeight: 600, color: token.colorText, fontVariantNumeric: 'tabular-nums' }}>{formatInteger(churned, locale)}</span>
          {' · '}
          {t('health.churnedApart')}
        </div>
      ) : null}
    </div>
  );
}
