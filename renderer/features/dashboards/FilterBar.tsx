// The global filter bar: the period (months read by month-source widgets), one control per field
// of the dashboard's filterFields (region, owner, segment, tier by default) and "+ Filter" for any
// other categorical catalog field. Every change refilters every widget.
import { useState } from 'react';
import { DatePicker, Select, Space, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CatalogDescription } from '../../../shared/contract/operations';
import type { DashboardFilters } from '../../../shared/dashboards/dashboard';
import { SAVED_SEGMENT_FIELD } from '../../../shared/segments/definition';
import type { DashboardSource, FieldValue } from './data-source';
import { FieldFilterSelect } from './FieldFilterSelect';
import { globalField, globalValues, inCondition, setGlobal } from './filter-state';
import type { CatalogLabels } from './use-catalog-labels';

export interface SegmentOption {
  readonly id: number;
  readonly name: string;
}

export interface FilterBarProps {
  readonly fields: readonly string[];
  readonly filters: DashboardFilters;
  readonly onChange: (filters: DashboardFilters) => void;
  readonly source: DashboardSource;
  readonly catalog: CatalogDescription | undefined;
  readonly labels: CatalogLabels;
  /** Saved segments (workspace mode); the viewer lists the packaged values instead. */
  readonly segments?: readonly SegmentOption[];
}

const MONTH = 'YYYY-MM';

export function FilterBar({ fields, filters, onChange, source, catalog, labels, segments }: FilterBarProps) {
  const { t } = useTranslation('dashboard-page');
  const [extra, setExtra] = useState<string[]>([]);
  // Fields already filtered but not on the bar (a saved link, a removed control) stay visible.
  const inUse = filters.global.map(globalField).filter((f): f is string => f !== null);
  const shown = [...new Set([...fields, ...extra, ...inUse])];
  const addable = (catalog?.fields ?? []).filter((f) => f.source === 'customer' && (f.type === 'enum' || f.type === 'text' || f.type === 'boolean') && !shown.includes(f.id));
  const segmentName = new Map((segments ?? []).map((s) => [String(s.id), s.name]));

  const loadValues = (field: string) => (): Promise<FieldValue[]> => {
    if (field === SAVED_SEGMENT_FIELD && segments) return Promise.resolve(segments.map((s) => ({ value: String(s.id), count: -1 })));
    return source.fieldValues(field);
  };
  const setValues = (field: string, values: string[]) => {
    const typed = field === SAVED_SEGMENT_FIELD ? values.map(Number) : values;
    onChange(setGlobal(filters, field, inCondition(field, typed)));
  };

  const period = filters.period;
  return (
    <Space wrap size={[8, 8]} data-testid="filter-bar" aria-label={t('filters.bar')}>
      <Tooltip title={t('filters.periodHint')}>
        <DatePicker.RangePicker
          picker="month"
          allowClear
          data-testid="filter-period"
          aria-label={t('filters.period')}
          placeholder={[t('filters.period'), t('filters.period')]}
          style={{ width: 210 }}
          value={period ? [dayjs(period.from, MONTH), dayjs(period.to, MONTH)] : null}
          onChange={(range) => {
            const from = range?.[0];
            const to = range?.[1];
            const next = { ...filters };
            if (from && to) next.period = { from: from.format(MONTH), to: to.format(MONTH) };
            else delete next.period;
            onChange(next);
          }}
        />
      </Tooltip>
      {shown.map((field) => (
        <FieldFilterSelect
          key={field}
          field={field}
          label={labels.field(field)}
          value={globalValues(filters, field)}
          onChange={(values) => setValues(field, values)}
          loadValues={loadValues(field)}
          valueLabel={(v) => (field === SAVED_SEGMENT_FIELD ? (segmentName.get(v) ?? v) : labels.value(field, v))}
        />
      ))}
      {addable.length ? (
        <Select
          showSearch
          value={null}
          style={{ width: 120 }}
          placeholder={t('filters.add')}
          aria-label={t('filters.addTitle')}
          data-testid="filter-add"
          optionFilterProp="label"
          popupMatchSelectWidth={240}
          options={addable.map((f) => ({ value: f.id, label: labels.field(f.id) }))}
          onChange={(field: string) => setExtra((prev) => [...prev, field])}
        />
      ) : null}
    </Space>
  );
}
