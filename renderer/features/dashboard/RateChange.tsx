// Period-over-period change of a churn rate. Rising churn is bad news, so up is the at-risk
// red and down the healthy green — the reverse of a revenue KPI.
import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { tierColors } from '../../../shared/domain/tiers';
import { formatPercentPointChange, roundPointChange } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';

export function RateChange({ points }: { points: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  // Colour follows the shown figure: a change that rounds to 0.0 is not called a rise.
  const rounded = roundPointChange(points);
  const direction = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
  const color = direction === 'up' ? tierColors.atRisk : direction === 'down' ? tierColors.healthy : undefined;
  const Icon = direction === 'up' ? ArrowUpOutlined : direction === 'down' ? ArrowDownOutlined : MinusOutlined;
  return (
    <span
      data-testid="kpi-churn-rate-change"
      data-value={String(points)}
      data-direction={direction}
      title={direction === 'up' ? t('dashboard.rising') : direction === 'down' ? t('dashboard.falling') : undefined}
      style={{ color, fontWeight: 600, whiteSpace: 'nowrap' }}
    >
      <Icon style={{ marginRight: 2 }} />
      {formatPercentPointChange(points, locale)}
    </span>
  );
}
