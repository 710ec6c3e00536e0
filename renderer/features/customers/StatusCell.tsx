// The contract status as imported (合同状态: 在约 / 已解约) — not the lifecycle, which has its own
// column. Neutral colours: green, amber and red mean health tiers only.
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { CustomerRow } from '../../../shared/contract/operations';
import { useCatalogLabels } from '../../i18n/catalog-label';

export function StatusCell({ value }: CustomCellRendererProps<CustomerRow, string>) {
  const labels = useCatalogLabels();
  if (!value) return null;
  const cancelled = value === 'cancelled';
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
        color: cancelled ? '#8c8c8c' : undefined,
        background: cancelled ? '#f5f5f5' : '#fff',
      }}
    >
      {labels.value('status', value)}
    </span>
  );
}
