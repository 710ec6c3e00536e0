// Grid cells for the lifecycle and score columns, in the tier palette shared with charts and KPI
// cards. A churned customer has no tier: its Tier cell says 已流失 (muted), its health score is grey.
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { CustomerRow } from '../../../shared/contract/operations';
import { tierColors } from '../../../shared/domain/tiers';
import { formatValue } from '../../../shared/i18n/format-kind';
import { useLocale } from '../../i18n/use-locale';
import { LifecycleTag, TierOrChurnedTag } from '../../components/LifecycleTag';
import { useReasonSummary } from '../../components/ReasonList';

const MUTED = '#8c8c8c';

export function HealthScoreCell({ data }: CustomCellRendererProps<CustomerRow>) {
  const locale = useLocale();
  if (!data || data.health_score === null) return null;
  const color = data.lifecycle === 'churned' ? MUTED : data.tier ? tierColors[data.tier] : undefined;
  return (
    <span data-value={data.health_score} style={{ color, fontWeight: data.lifecycle === 'churned' ? 400 : 600 }}>
      {formatValue(data.health_score, 'score', locale)}
    </span>
  );
}

export function TierCell({ data }: CustomCellRendererProps<CustomerRow>) {
  if (!data) return null;
  // Before the first snapshot there is neither a lifecycle nor a tier: nothing to say.
  if (!data.tier && data.lifecycle === null) return null;
  return <TierOrChurnedTag tier={data.tier} lifecycle={data.lifecycle} />;
}

export function LifecycleCell({ data }: CustomCellRendererProps<CustomerRow>) {
  if (!data?.lifecycle) return null;
  return <LifecycleTag lifecycle={data.lifecycle} />;
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
