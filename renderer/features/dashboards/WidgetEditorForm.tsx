// The fields of the widget editor for each kind: title, source, measures, dimension / series,
// period, comparison and target, thresholds, warning line, sort and limit, list fields,
// 条件属性 rules, text, and the widget's own filter. Every change is a new widget value.
import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { ConditionalRulesEditor } from './ConditionalRulesEditor';
import { ThresholdsInput } from './ThresholdsInput';
import { useTranslation } from 'react-i18next';
import { SOURCE_IDS } from '../../../shared/catalog/types';
import type { CatalogDescription } from '../../../shared/contract/operations';
import { CHART_COLOR_NAMES, CHART_KINDS, PeriodSchema, ComparisonSchema, type Widget } from '../../../shared/dashboards/widget';
import { SERIES_COLORS } from '../../../shared/dashboards/charts/palette';
import type { CatalogLabels } from './use-catalog-labels';
import { WidgetFilterEditor } from './WidgetFilterEditor';

export interface WidgetEditorFormProps {
  readonly widget: Widget;
  readonly onChange: (widget: Widget) => void;
  readonly catalog: CatalogDescription;
  readonly labels: CatalogLabels;
}

const SOURCES = SOURCE_IDS;

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
          <Form.Item label={t('editor.color')}>
            <Select
              allowClear
              value={widget.color}
              data-testid="editor-color"
              options={CHART_COLOR_NAMES.map((name, i) => ({
                value: name,
                label: (
                  <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
                    <span style={{ width: 12, height: 12, borderRadius: 2, background: SERIES_COLORS[i] }} />
                    {t(`editor.colors.${name}`)}
                  </span>
                ),
              }))}
              onChange={(color?: (typeof CHART_COLOR_NAMES)[number]) => onChange({ ...widget, color })}
            />
          </Form.Item>
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
          <Form.Item label={t('editor.rules')}>
            <ConditionalRulesEditor
              rules={widget.rules}
              columns={
                widget.mode === 'list'
                  ? widget.fields.map((id) => ({ value: id, label: labels.field(id) }))
                  : [
                      ...widget.dimensions.map((d) => ({ value: d.field, label: labels.field(d.field) })),
                      ...widget.measures.map((id) => ({ value: id, label: labels.measure(id) })),
                    ]
              }
              onChange={(rules) => onChange({ ...widget, rules })}
            />
          </Form.Item>
        </>
      ) : null}
      {widget.kind !== 'text' ? (
        <Form.Item label={t('editor.emitsLinkage')}>
          <Switch size="small" checked={widget.emitsLinkage} onChange={(emitsLinkage) => set({ emitsLinkage })} data-testid="editor-emits-linkage" />
        </Form.Item>
      ) : null}
      {widget.kind !== 'text' ? (
        <Form.Item label={t('editor.receivesFilters')}>
          <Switch size="small" checked={widget.receivesFilters} onChange={(receivesFilters) => set({ receivesFilters })} data-testid="editor-receives-filters" />
        </Form.Item>
      ) : null}
      {widget.kind !== 'text' ? (
        <Form.Item label={t('editor.filter')}>
          <WidgetFilterEditor key={widget.source} filter={widget.filter} source={widget.source} catalog={catalog} labels={labels} onChange={(filter) => set({ filter })} />
        </Form.Item>
      ) : null}
    </Form>
  );
}
