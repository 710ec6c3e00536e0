// Grid cells for the score columns, in the tier palette shared with charts and KPI cards.
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { CustomerRow } from '../../../shared/contract/operations';
import { tierColors } from '../../../shared/domain/tiers';
import { formatNumber } from '../../../shared/i18n/format';
import { TierTag } from '../../components/TierTag';
import { useReasonSummary } from '../../components/ReasonList';

export function HealthScoreCell({ data }: CustomCellRendererProps<CustomerRow>) {
  if (!data || data.health_score === null) return null;
  return (
    <span data-value={data.health_score} style={{ color: data.tier ? tierColors[data.tier] : undefined, fontWeight: 600 }}>
      {formatNumber(data.health_score, undefined, 1)}
    </span>
  );
}

export function TierCell({ data }: CustomCellRendererProps<CustomerRow>) {
  if (!data?.tier) return null;
  return <TierTag tier={data.tier} />;
}

export function ReasonsCell({ data }: CustomCellRendererProps<CustomerRow>) {
  const summary = useReasonSummary();
  if (!data || data.reasons.length === 0) return null;
  const text = summary(data.reasons);
  return (
    <span title={text} data-reason-types={data.reasons.map((r) => r.reasonType).join(' ')}>
      {text}
    </span>
  );
}
