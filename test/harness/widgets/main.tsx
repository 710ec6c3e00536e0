// Dev harness (never shipped): every widget of a template drawn from the fixtures on a CSS grid
// shaped like the template's layout, in the language, theme and size given by the URL
// (?lang=zh-CN&template=cockpit&dark=1&large=1&state=empty). For eyes and screenshots only.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntdApp, ConfigProvider, theme } from 'antd';
import i18n from 'i18next';
import { customerMeasures } from '../../../shared/catalog/customer-measures';
import { churnMonthMeasures, cohortMonthMeasures } from '../../../shared/catalog/fact-fields';
import { templateSpec } from '../../../shared/dashboards/templates';
import { TemplateIdSchema } from '../../../shared/dashboards/dashboard';
import type { CatalogDescription } from '../../../shared/contract/operations';
import { initI18n } from '../../../renderer/i18n/setup';
import { antdTheme } from '../../../renderer/theme/antd-theme';
import { WidgetBody } from '../../../renderer/features/dashboards/widgets/WidgetBody';
import type { WidgetSelection, WidgetValue } from '../../../renderer/features/dashboards/widgets/widget-props';
import { fixtureEmpty, fixtureError, fixtureWidgetData } from '../../fixtures/dashboards/widget-data';
import { echarts } from '../../../renderer/features/dashboards/widgets/echarts-kinds';

// Tests find a chart's data points in pixels through its instance.
Object.assign(window, { harnessEcharts: echarts });

const params = new URLSearchParams(window.location.search);
initI18n();
void i18n.changeLanguage(params.get('lang') ?? 'en');
const dark = params.get('dark') === '1';
const large = params.get('large') === '1';
const state = params.get('state');
const spec = templateSpec(TemplateIdSchema.catch('cockpit').parse(params.get('template')));
const catalog: CatalogDescription = {
  fields: [],
  measures: [...customerMeasures, ...churnMonthMeasures, ...cohortMonthMeasures].map((m) => ({
    id: m.id,
    source: m.source,
    labelKey: m.labelKey,
    format: m.format,
    ...(m.helpKey ? { helpKey: m.helpKey } : {}),
  })),
};

function Harness() {
  const [selected, setSelected] = useState<Record<string, WidgetValue[]>>({});
  const [last, setLast] = useState<WidgetSelection | null>(null);
  const onSelect = (s: WidgetSelection) => {
    setLast(s);
    setSelected((prev) => ({ ...prev, [s.widgetId]: s.additive ? [...(prev[s.widgetId] ?? []), s.value] : [s.value] }));
  };
  const rowHeight = large ? 44 : 30;
  return (
    <div style={{ padding: 8, background: dark ? '#050d1f' : '#f2f4f7', minHeight: '100vh' }}>
      <pre data-testid="last-selection" style={{ margin: 0, color: dark ? '#aaa' : '#555' }}>
        {last ? JSON.stringify(last) : '-'}
      </pre>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(12, 1fr)', gridAutoRows: rowHeight, gap: 8 }}>
        {spec.layout.map((item) => {
          const widget = spec.widgets.find((w) => w.id === item.i);
          if (!widget) return null;
          const data = state === 'empty' ? fixtureEmpty(widget) : state === 'error' ? fixtureError(widget) : state === 'loading' ? undefined : fixtureWidgetData(widget);
          return (
            <div
              key={item.i}
              style={{
                gridColumn: `${item.x + 1} / span ${item.w}`,
                gridRow: `${item.y + 1} / span ${item.h}`,
                background: dark ? '#0b2350' : '#fff',
                padding: 8,
                borderRadius: 6,
                overflow: 'hidden',
              }}
            >
              <WidgetBody
                widget={widget}
                data={data}
                loading={state === 'loading'}
                catalog={catalog}
                dark={dark}
                large={large}
                selected={selected[widget.id] ?? []}
                onSelect={onSelect}
                onOpenCustomer={(id) => setLast({ widgetId: 'open', field: 'customer_id', value: id, additive: false, gesture: 'click' })}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('no #root');
createRoot(container).render(
  <StrictMode>
    {/* As the app nests them: the app's theme, then the large screen's dark algorithm only. */}
    <ConfigProvider theme={antdTheme}>
      <ConfigProvider theme={{ algorithm: dark ? theme.darkAlgorithm : theme.defaultAlgorithm }}>
        <AntdApp>
          <Harness />
        </AntdApp>
      </ConfigProvider>
    </ConfigProvider>
  </StrictMode>,
);
