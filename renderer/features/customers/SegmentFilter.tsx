// The Customers grid's "Segments" control: pick saved segments and lists; the grid keeps the
// customers that belong to at least one of them (saved_segment in [...], ANDed with the other filters).
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../shared/segments/definition';
import { SegmentDot } from '../../components/SegmentTag';

export interface SegmentFilterProps {
  segments: readonly Segment[];
  value: readonly number[];
  loading: boolean;
  onChange: (ids: number[]) => void;
}

export function SegmentFilter({ segments, value, loading, onChange }: SegmentFilterProps) {
  const { t } = useTranslation('segment-lists');
  return (
    <Select<number[]>
      mode="multiple"
      allowClear
      loading={loading}
      value={[...value]}
      onChange={onChange}
      placeholder={t('customers.filterPlaceholder')}
      aria-label={t('customers.filterLabel')}
      maxTagCount="responsive"
      optionFilterProp="title"
      style={{ width: 240 }}
      data-testid="customers-segment-filter"
      popupMatchSelectWidth={300}
      options={segments.map((s) => ({
        value: s.id,
        title: s.name,
        // A broken segment cannot be evaluated: shown, but not offered.
        disabled: s.broken !== null && !value.includes(s.id),
        label: (
          <Space size={6} data-testid={`customers-segment-option-${s.id}`}>
            <SegmentDot color={s.color} />
            {s.broken ? t('customers.broken', { name: s.name }) : s.name}
          </Space>
        ),
      }))}
    />
  );
}
