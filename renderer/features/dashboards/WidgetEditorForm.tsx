// The fields of the widget editor for each kind: title, source, measures, dimension / series,
// period, comparison and target, thresholds, warning line, sort and limit, list fields,
// 条件属性 rules, text, and the widget's own filter. Every change is a new widget value.
import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogDescription } from '../../../shared/contract/operations';
import { CHART_KINDS, PeriodSchema, ComparisonSchema, type Thresholds, type Widget } from '../../../shared/dashboards/widget';
import type { CatalogLabels } from './use-catalog-labels';
import { WidgetFilterEditor } from './WidgetFilterEditor';

export interface WidgetEditorFormProps {
  readonly widget: Widget;
  readonly onChange: (widget: Widget) => void;
  readonly catalog: CatalogDescription;
  readonly labels: CatalogLabels;
}

const SOURCES = ['customer', 'churn_month', 'cohort_month'] as const;

function ThresholdsInput({ value, onChange }: { value: Thresholds | undefined; onChange: (v: Thresholds | undefined) => void }) {
  const { t } = useTranslation('dashboard-page');
  const v = value ?? { direction: 'lowerIsBetter' as const, amber: 0, red: 0 };
  return (
    <div style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
      <Switch size="small" checked={value !== undefined} onChange={(on) => onChange(on ? v : undefined)} aria-label={t('editor.thresholds')} />
      {value ? (
        <>
          <Select
            size="small"
            style={{ width: 120 }}
            value={v.direction}
            options={(['lowerIsBetter', 'higherIsBetter'] as const).map((d) => ({ value: d, label: t(`editor.directions.${d}`) }))}
            onChange={(direction: Thresholds['direction']) => onChange({ ...v, direction })}
          />
          <InputNumber size="small" style={{ width: 90 }} prefix="🟡" value={v.amber} onChange={(n) => onChange({ ...v, amber: n ?? 0 })} aria-label={t('editor.amber')} />
          <InputNumber size="small" style={{ width: 90 }} prefix="🔴" value={v.red} onChange={(n) => onChange({ ...v, red: n ?? 0 })} aria-label={t('editor.red')} />
        </>
      ) : null}
    </div>
  );
}

export function WidgetEditorForm({ widget, onChange, catalog, labels }: WidgetEditorFormProps) {
  const { t } = useTranslation('dashboard-page');
  const source = widget.kind === 'text' ? 'customer' : widget.source;
  const measureOptions = catalog.measures.filter((m) => m.source === source).map((m) => ({ value: m.id, label: labels.measure(m.id) }));
  const fieldOptions = catalog.fields.filter((f) => f.source === source).map((f) => ({ value: f.id, label: labels.field(f.id) }));
  const periodOptions = PeriodSchema.options.map((p) => ({ value: p, label: t(`editor.periods.${p}`) }));
  const set = (patch: Partial<Widget>) => onChange({ ...widget, ...patch } as Widget);

  return (
    <Form layout="vertical" size="small" data-testid="widget-editor-form">
      <Form.Item label={t('editor.widgetTitle')}>
        <Input value={widget.title ?? ''} onChange={(e) => set({ title: e.target.value || undefined })} data-testid="widget-editor-title" maxLength={120} />
      </Form.Item>
      {widget.kind === 'text' ? (
        <Form.Item label={t('editor.text')}>
          <Input.TextArea rows={4} value={widget.text} onChange={(e) => onChange({ ...widget, text: e.target.value, textKey: undefined })} maxLength={4000} />
        </Form.Item>
      ) : (
        <Form.Item label={t('editor.source')}>
          <Select
            value={widget.source}
            options={SOURCES.map((s) => ({ value: s, label: t(`editor.sources.${s}`) }))}
            onChange={(s: (typeof SOURCES)[number]) => set({ source: s })}
          />
        </Form.Item>
      )}
      {widget.kind === 'kpi' ? (
        <>
          <Form.Item label={t('editor.measure')}>
            <Select showSearch optionFilterProp="label" value={widget.measure} options={measureOptions} onChange={(measure: string) => onChange({ ...widget, measure })} />
          </Form.Item>
          <Form.Item label={t('editor.period')}>
            <Select value={widget.period} options={periodOptions} onChange={(period: typeof widget.period) => onChange({ ...widget, period })} />
          </Form.Item>
          <Form.Item label={t('editor.comparison')}>
            <Select
              value={widget.comparison}
              options={ComparisonSchema.options.map((c) => ({ value: c, label: t(`editor.comparisons.${c}`) }))}
              onChange={(comparison: typeof widget.comparison) => onChange({ ...widget, comparison })}
            />
          </Form.Item>
          {widget.comparison === 'target' ? (
            <Form.Item label={t('editor.target')}>
              <InputNumber value={widget.target} onChange={(n) => onChange({ ...widget, target: n ?? undefined })} />
            </Form.Item>
          ) : null}
          <Form.Item label={t('editor.thresholds')}>
            <ThresholdsInput value={widget.thresholds} onChange={(thresholds) => onChange({ ...widget, thresholds })} />
          </Form.Item>
        </>
      ) : null}
      {widget.kind === 'chart' ? (
        <>
          <Form.Item label={t('editor.chart')}>
            <Select
              value={widget.chart}
              options={CHART_KINDS.map((c) => ({ value: c, label: t(`gallery.${c}`) }))}
              onChange={(chart: typeof widget.chart) => onChange({ ...widget, chart })}
            />
          </Form.Item>
          <Form.Item label={t('editor.measures')}>
            <Select
              mode="multiple"
              maxCount={3}
              value={widget.measures}
              options={measureOptions}
              onChange={(measures: string[]) => (measures.length ? onChange({ ...widget, measures }) : undefined)}
              data-testid="widget-editor-measures"
            />
          </Form.Item>
          <Form.Item label={t('editor.dimension')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              value={widget.dimension?.field}
              options={fieldOptions}
              onChange={(field: string | undefined) => onChange({ ...widget, dimension: field ? { field } : undefined })}
              data-testid="widget-editor-dimension"
            />
          </Form.Item>
          <Form.Item label={t('editor.series')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              value={widget.series?.field}
              options={fieldOptions}
              onChange={(field: string | undefined) => onChange({ ...widget, series: field ? { field } : undefined })}
            />
          </Form.Item>
          {widget.source !== 'customer' ? (
            <Form.Item label={t('editor.period')}>
              <Select allowClear value={widget.period} options={periodOptions} onChange={(period: typeof widget.period) => onChange({ ...widget, period })} />
            </Form.Item>
          ) : null}
          <Form.Item label={t('editor.warningLine')}>
            <InputNumber value={widget.warningLine} onChange={(n) => onChange({ ...widget, warningLine: n ?? undefined })} />
          </Form.Item>
          <Form.Item label={t('editor.thresholds')}>
            <ThresholdsInput value={widget.thresholds} onChange={(thresholds) => onChange({ ...widget, thresholds })} />
          </Form.Item>
          <Form.Item label={t('editor.sort')}>
            <Select
              value={widget.sort}
              options={(['dimension', 'measureDesc', 'measureAsc'] as const).map((s) => ({ value: s, label: t(`editor.sorts.${s}`) }))}
              onChange={(sort: typeof widget.sort) => onChange({ ...widget, sort })}
            />
          </Form.Item>
          <Form.Item label={t('editor.limit')}>
            <InputNumber min={1} max={60} value={widget.limit} onChange={(n) => onChange({ ...widget, limit: n ?? undefined })} />
          </Form.Item>
        </>
      ) : null}
      {widget.kind === 'table' ? (
        <>
          {widget.mode === 'list' ? (
            <Form.Item label={t('editor.fields')}>
              <Select mode="multiple" maxCount={12} value={widget.fields} options={fieldOptions} onChange={(fields: string[]) => onChange({ ...widget, fields })} />
            </Form.Item>
          ) : (
            <>
              <Form.Item label={t('editor.dimension')}>
                <Select
                  mode="multiple"
                  maxCount={3}
                  value={widget.dimensions.map((d) => d.field)}
                  options={fieldOptions}
                  onChange={(fields: string[]) => onChange({ ...widget, dimensions: fields.map((field) => ({ field })) })}
                />
              </Form.Item>
              <Form.Item label={t('editor.measures')}>
                <Select mode="multiple" maxCount={3} value={widget.measures} options={measureOptions} onChange={(measures: string[]) => onChange({ ...widget, measures })} />
              </Form.Item>
            </>
          )}
          <Form.Item label={t('editor.limit')}>
            <InputNumber min={1} max={500} value={widget.limit} onChange={(n) => onChange({ ...widget, limit: n ?? 20 })} />
          </Form.Item>
        </>
      ) : null}
      {widget.kind !== 'text' ? (
        <Form.Item label={t('editor.filter')}>
          <WidgetFilterEditor key={widget.source} filter={widget.filter} source={widget.source} catalog={catalog} labels={labels} onChange={(filter) => set({ filter })} />
        </Form.Item>
      ) : null}
    </Form>
  );
}
