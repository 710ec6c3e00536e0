// One control of the global bar: a field's values (with customer counts) in a multi-select whose
// options load when it opens; picking values filters every widget whose source has the field.
import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldValue } from './data-source';

export interface FieldFilterSelectProps {
  readonly field: string;
  readonly label: string;
  readonly value: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly loadValues: () => Promise<FieldValue[]>;
  /** Display text of a value (enum labels, segment names). */
  readonly valueLabel: (value: string) => string;
  readonly width?: number;
}

export function FieldFilterSelect({ field, label, value, onChange, loadValues, valueLabel, width = 150 }: FieldFilterSelectProps) {
  const { t } = useTranslation('dashboard-page');
  const [options, setOptions] = useState<FieldValue[] | null>(null);
  const [loading, setLoading] = useState(false);

  const load = () => {
    if (options !== null || loading) return;
    setLoading(true);
    loadValues().then(
      (values) => {
        setOptions(values);
        setLoading(false);
      },
      () => {
        setOptions([]);
        setLoading(false);
      },
    );
  };

  // Picked values stay listed even before the options have loaded.
  const known = new Set((options ?? []).map((o) => o.value));
  const all = [...(options ?? []), ...value.filter((v) => !known.has(v)).map((v) => ({ value: v, count: -1 }))];
  // The title names the filter when the narrow box cuts its placeholder ("Account manag…").
  return (
    <span title={`${label}: ${t('filters.all')}`} style={{ display: 'inline-flex' }}>
      <Select
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        size="middle"
        style={{ width }}
        placeholder={`${label}: ${t('filters.all')}`}
        aria-label={label}
        data-testid={`filter-${field}`}
        value={[...value]}
        loading={loading}
        onOpenChange={(open) => {
          if (open) load();
        }}
        onFocus={load}
        onChange={(values: string[]) => onChange(values)}
        optionFilterProp="label"
        popupMatchSelectWidth={false}
        options={all.map((o) => ({
          value: o.value,
          label: valueLabel(o.value),
          title: valueLabel(o.value),
          count: o.count,
        }))}
        optionRender={(option) => (
          <span style={{ display: 'flex', justifyContent: 'space-between', gap: 16 }}>
            <span>{option.label}</span>
            {typeof option.data.count === 'number' && option.data.count >= 0 ? <span style={{ opacity: 0.55 }}>{option.data.count.toLocaleString()}</span> : null}
          </span>
        )}
      />
    </span>
  );
}
