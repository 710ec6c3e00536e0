// A KPI card's body: the big number (万 in Chinese, M in English; the exact figure on hover and
// in data-value), the change with its arrow coloured by whether it is good news, the traffic
// light as a bar on the left, the sparkline, and the measure's definition in a help popover.
import { useChurnInactivityDays } from './churn-definition-context';
import { useMemo } from 'react';
import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { kpiView, sparklineOption, type ChartContext } from '../../../../shared/dashboards/charts';
import type { KpiWidget as KpiWidgetSpec } from '../../../../shared/dashboards/widget';
import type { KpiValue } from '../../../../shared/dashboards/widget-data';
import type { CatalogDescription } from '../../../../shared/contract/operations';
import { HelpButton } from '../../../components/HelpButton';
import { useCatalogLabels } from '../../../i18n/catalog-label';
import { formatMonth } from '../../../../shared/i18n/format';
import { WidgetChart } from './WidgetChart';

const ARROWS = { up: '▲', down: '▼', flat: '▬' } as const;

export interface KpiWidgetProps {
  widget: KpiWidgetSpec;
  kpi: KpiValue;
  catalog: CatalogDescription;
  ctx: ChartContext;
}

export function KpiWidget({ widget, kpi, catalog, ctx }: KpiWidgetProps) {
  const { t } = useTranslation('dashboard-widgets');
  const { t: tRoot } = useTranslation();
  const { token } = theme.useToken();
  const labels = useCatalogLabels();
  const view = kpiView(kpi, ctx);
  const spark = useMemo(() => (kpi.sparkline.length > 1 ? sparklineOption(kpi, ctx) : null), [kpi, ctx]);
  const measure = catalog.measures.find((m) => m.id === widget.measure);
  const inactivityDays = useChurnInactivityDays();
  const measureHelp = measure?.helpKey ? labels.help(widget.measure) : '';
  // Every KPI here counts under the configured churn definition: say which one.
  const definition = [measureHelp, inactivityDays === null ? '' : tRoot('definitions.churn', { days: inactivityDays })].filter(Boolean).join(' ');
  const large = ctx.large;
  const period = kpi.period ? t('kpi.periodMonths', { from: formatMonth(kpi.period.from, ctx.locale), to: formatMonth(kpi.period.to, ctx.locale) }) : t('kpi.periodSnapshot');
  const comparison = kpi.comparison !== 'none' && view.compareText !== null ? t(`kpi.comparison.${kpi.comparison}`, { value: view.compareText }) : null;
  return (
    <div
      data-status={view.status ?? ''}
      style={{
        display: 'flex',
        flexDirection: 'column',
        height: '100%',
        paddingLeft: 10,
        borderLeft: `${large ? 8 : 4}px solid ${view.statusColor ?? token.colorBorderSecondary}`,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'baseline', gap: 4 }}>
        <div
          data-testid={`kpi-value-${widget.id}`}
          data-value={kpi.value === null ? '' : String(kpi.value)}
          title={view.exactText}
          style={{ fontSize: large ? 64 : 28, lineHeight: 1.15, fontWeight: 600, fontVariantNumeric: 'tabular-nums', color: view.statusColor ?? token.colorText }}
        >
          {view.valueText}
        </div>
        <HelpButton
          title={measure ? labels.measure(widget.measure) : t('kpi.definitionTitle')}
          ariaLabel={t('kpi.helpLabel')}
          maxWidth={360}
          testId={`kpi-help-${widget.id}`}
          content={definition || t('kpi.noDefinition')}
        />
      </div>
      {view.changeText !== null && (
        <div
          data-testid={`kpi-change-${widget.id}`}
          data-tone={view.tone}
          style={{ fontSize: large ? 20 : token.fontSizeSM, color: view.changeColor, fontVariantNumeric: 'tabular-nums' }}
        >
          {view.arrow && (
            <span aria-label={t(`kpi.arrow.${view.arrow}`)} role="img">
              {ARROWS[view.arrow]}{' '}
            </span>
          )}
          {view.changeText}
          {comparison && <span style={{ color: token.colorTextSecondary, marginLeft: 6 }}>{comparison}</span>}
        </div>
      )}
      {/* On the large screen the page's 数据截至 stamp dates every card; the number needs the room. */}
      {!large && (
        <div
          title={view.status ? `${period} · ${t(`kpi.status.${view.status}`)}` : period}
          style={{ fontSize: token.fontSizeSM, color: token.colorTextTertiary, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}
        >
          {period}
          {view.status && (
            <span data-testid={`kpi-status-${widget.id}`} style={{ marginLeft: 8, color: view.statusColor ?? undefined }}>
              ● {t(`kpi.status.${view.status}`)}
            </span>
          )}
        </div>
      )}
      {spark && (
        <div style={{ flex: 1, minHeight: large ? 40 : 24, overflow: 'hidden' }}>
          <WidgetChart option={spark} dark={ctx.dark} height="100%" testId={`kpi-sparkline-${widget.id}`} />
        </div>
      )}
    </div>
  );
}
