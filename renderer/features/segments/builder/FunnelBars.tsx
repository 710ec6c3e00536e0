// The count after each top-level condition as thin bars against all customers: where the rule
// loses (AND) or gains (OR) most of its customers.
import { Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SegmentPreview } from '../../../../shared/contract/domains/segments';
import { formatInteger, formatPercent } from '../../../../shared/i18n/format';
import type { FilterNode } from '../../../../shared/query/ast';
import { useLocale } from '../../../i18n/use-locale';
import { useBuilder } from './builder-context';
import { stepLabels } from './rule-text';

interface FunnelBarsProps {
  readonly filter: FilterNode;
  readonly funnel: SegmentPreview['funnel'];
  readonly total: number;
  readonly dimmed: boolean;
}

export function FunnelBars({ filter, funnel, total, dimmed }: FunnelBarsProps) {
  const { t } = useTranslation('segment-builder');
  const locale = useLocale();
  const { token } = theme.useToken();
  const { fieldLabel, valueLabel } = useBuilder();
  const labels = stepLabels(filter, {
    field: fieldLabel,
    operator: (op) => t(`operators.${op}` as 'operators.='),
    value: valueLabel,
    group: (n) => t('condition.groupN', { n }),
    not: t('canvas.not'),
  });
  return (
    <div data-testid="segment-funnel" style={{ display: 'flex', flexDirection: 'column', gap: 6, opacity: dimmed ? 0.55 : 1 }} title={t('live.funnelHint')}>
      {funnel.map((step) => {
        const share = total > 0 ? step.count / total : 0;
        const label = labels[step.index] ?? t('live.funnelStep', { n: step.index + 1 });
        return (
          <div key={step.index} data-testid={`segment-funnel-step-${step.index}`} data-count={step.count}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, fontSize: 12 }}>
              <Tooltip title={label}>
                <Typography.Text ellipsis style={{ fontSize: 12, maxWidth: 190 }}>
                  {step.index + 1}. {label}
                </Typography.Text>
              </Tooltip>
              <Typography.Text style={{ fontSize: 12, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                {formatInteger(step.count, locale)} · {formatPercent(share, locale)}
              </Typography.Text>
            </div>
            <div style={{ height: 5, background: token.colorFillSecondary, borderRadius: 2 }}>
              <div style={{ width: `${Math.min(100, share * 100)}%`, height: 5, background: token.colorPrimary, borderRadius: 2 }} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
