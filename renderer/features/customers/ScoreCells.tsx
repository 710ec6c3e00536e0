// Grid cells for the score columns, in the tier palette shared with charts and KPI cards.
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { CustomerRow } from '../../../shared/contract/operations';
import { tierColors } from '../../../shared/domain/tiers';
import { formatNumber } from '../../../shared/i18n/format';
import { TierTag } from '../customer360/TierTag';
import { useReasonSummary } from '../customer360/ReasonList';
import { scoreOf } from './scored-row';

export function HealthScoreCell({ data }: CustomCellRendererProps<CustomerRow>) {
  const score = scoreOf(data);
  if (!score || score.healthScore === null) return null;
  return (
    <span data-value={score.healthScore} style={{ color: score.tier ? tierColors[score.tier] : undefined, fontWeight: 600 }}>
      {formatNumber(score.healthScore, undefined, 1)}
    </span>
  );
}

export function TierCell({ data }: CustomCellRendererProps<CustomerRow>) {
  const score = scoreOf(data);
  if (!score) return null;
  return <TierTag tier={score.tier} />;
}

export function ReasonsCell({ data }: CustomCellRendererProps<CustomerRow>) {
  const summary = useReasonSummary();
  const score = scoreOf(data);
  if (!score || score.reasons.length === 0) return null;
  const text = summary(score.reasons);
  return (
    <span title={text} data-reason-types={score.reasons.map((r) => r.reasonType).join(' ')}>
      {text}
    </span>
  );
}
