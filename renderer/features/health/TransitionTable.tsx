// Saved tier → edited tier: how many customers each edit moves between tiers.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { tierColors, tierTints, type Tier } from '../../../shared/domain/tiers';
import { formatInteger } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';

const tiers: Tier[] = ['healthy', 'watch', 'atRisk'];

export interface Transition {
  from: Tier;
  to: Tier;
  count: number;
}

export function TransitionTable({ transitions }: { transitions: readonly Transition[] }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const count = (from: Tier, to: Tier) => transitions.find((x) => x.from === from && x.to === to)?.count ?? 0;
  const cell = { padding: '3px 8px', textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' as const };
  return (
    <div>
      <Typography.Text strong style={{ fontSize: 12 }}>
        {t('health.transitions')}
      </Typography.Text>
      <table data-testid="health-transitions" style={{ borderCollapse: 'collapse', width: '100%', fontSize: 12, marginTop: 4 }}>
        <thead>
          <tr>
            <th style={{ ...cell, textAlign: 'left', fontWeight: 400, color: '#8c8c8c' }}>{t('health.fromTo')}</th>
            {tiers.map((to) => (
              <th key={to} style={{ ...cell, color: tierColors[to] }}>
                {t(`tiers.${to}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tiers.map((from) => (
            <tr key={from}>
              <th style={{ ...cell, textAlign: 'left', color: tierColors[from] }}>{t(`tiers.${from}`)}</th>
              {tiers.map((to) => {
                const n = count(from, to);
                const moved = from !== to && n > 0;
                return (
                  <td
                    key={to}
                    data-from={from}
                    data-to={to}
                    data-value={n}
                    style={{ ...cell, background: moved ? tierTints[to].background : undefined, fontWeight: from === to ? 400 : 600 }}
                  >
                    {formatInteger(n, locale)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
