// Customer status as a coloured tag in the tier palette: active reads healthy, cancelled at-risk.
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import type { CustomerRow } from '../../../shared/contract/operations';
import { tierColors, tierTints, type Tier } from '../../../shared/domain/tiers';

const tones: Record<string, Tier> = {
  active: 'healthy',
  cancelled: 'atRisk',
};

export function StatusCell({ value }: CustomCellRendererProps<CustomerRow, string>) {
  const { t } = useTranslation();
  if (!value) return null;
  const tone = tones[value];
  const label = value === 'active' || value === 'cancelled' ? t(`status.${value}`) : value;
  const style = tone
    ? { color: tierColors[tone], background: tierTints[tone].background, borderColor: tierTints[tone].border }
    : undefined;
  return (
    <span
      data-status={value}
      style={{
        display: 'inline-block',
        lineHeight: '20px',
        padding: '0 8px',
        borderRadius: 4,
        border: '1px solid #d9d9d9',
        fontSize: 12,
        ...style,
      }}
    >
      {label}
    </span>
  );
}
