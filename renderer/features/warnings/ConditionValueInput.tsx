// The value part of one condition row, by what the operator reads and the field's type: a
// number box, an enum's translated values (one, or several for "is one of"), yes/no, a date, a
// text; two boxes for "between"; a whole number for "in the last N days"; and for "changed by"
// the minimum change with its direction.
import { DatePicker, Input, InputNumber, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CatalogDescription } from '../../../shared/contract/operations';
import type { FilterValue } from '../../../shared/query/ast';
import { useCatalogLabels } from '../../i18n/catalog-label';
import { payloadKind, type ConditionRow } from './condition-rows';

export type CatalogField = CatalogDescription['fields'][number];

interface SingleProps {
  field: CatalogField;
  value: FilterValue | undefined;
  onChange: (value: FilterValue | undefined) => void;
  label: string;
  testId: string;
}

function SingleValue({ field, value, onChange, label, testId }: SingleProps) {
  const { t } = useTranslation('warnings');
  const catalog = useCatalogLabels();
  if (field.type === 'number') {
    return (
      <InputNumber
        aria-label={label}
        placeholder={label}
        value={typeof value === 'number' ? value : null}
        onChange={(v) => onChange(v ?? undefined)}
        style={{ width: 110 }}
        data-testid={testId}
      />
    );
  }
  if (field.type === 'enum' && field.values) {
    return (
      <Select
        aria-label={label}
        placeholder={label}
        value={typeof value === 'string' ? value : undefined}
        onChange={(v: string) => onChange(v)}
        options={field.values.map((code) => ({ value: code, label: catalog.value(field.id, code) }))}
        style={{ width: 150 }}
        data-testid={testId}
      />
    );
  }
  if (field.type === 'boolean') {
    return (
      <Select
        aria-label={label}
        value={typeof value === 'boolean' ? String(value) : undefined}
        onChange={(v: string) => onChange(v === 'true')}
        options={[
          { value: 'true', label: t('editor.yes') },
          { value: 'false', label: t('editor.no') },
        ]}
        style={{ width: 90 }}
        data-testid={testId}
      />
    );
  }
  if (field.type === 'date') {
    return (
      <DatePicker
        aria-label={label}
        value={typeof value === 'string' && value ? dayjs(value) : null}
        onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : undefined)}
        style={{ width: 140 }}
        data-testid={testId}
      />
    );
  }
  return (
    <Input
      aria-label={label}
      placeholder={label}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value)}
      style={{ width: 150 }}
      data-testid={testId}
    />
  );
}

export interface ConditionValueInputProps {
  row: ConditionRow;
  field: CatalogField | undefined;
  onChange: (row: ConditionRow) => void;
  index: number;
}

export function ConditionValueInput({ row, field, onChange, index }: ConditionValueInputProps) {
  const { t } = useTranslation('warnings');
  const catalog = useCatalogLabels();
  if (!field) return null;
  const id = `condition-${index}`;
  switch (payloadKind(row.op)) {
    case 'none':
      return null;
    case 'amount':
      return (
        <InputNumber
          aria-label={t('editor.amount')}
          min={1}
          precision={0}
          value={row.amount ?? null}
          onChange={(v) => onChange({ ...row, amount: v ?? undefined })}
          style={{ width: 100 }}
          data-testid={`${id}-amount`}
        />
      );
    case 'range':
      return (
        <Space size={4}>
          <SingleValue field={field} value={row.low} onChange={(low) => onChange({ ...row, low })} label={t('editor.low')} testId={`${id}-low`} />
          <span>–</span>
          <SingleValue field={field} value={row.high} onChange={(high) => onChange({ ...row, high })} label={t('editor.high')} testId={`${id}-high`} />
        </Space>
      );
    case 'values':
      if (field.type === 'enum' && field.values) {
        return (
          <Select
            mode="multiple"
            aria-label={t('editor.value')}
            placeholder={t('editor.value')}
            maxTagCount="responsive"
            value={(row.values ?? []).map(String)}
            onChange={(values: string[]) => onChange({ ...row, values })}
            options={field.values.map((code) => ({ value: code, label: catalog.value(field.id, code) }))}
            style={{ width: 220 }}
            data-testid={`${id}-values`}
          />
        );
      }
      return (
        <Select
          mode="tags"
          aria-label={t('editor.value')}
          placeholder={t('editor.value')}
          maxTagCount="responsive"
          value={(row.values ?? []).map(String)}
          onChange={(values: string[]) => onChange({ ...row, values: field.type === 'number' ? values.map(Number).filter(Number.isFinite) : values })}
          style={{ width: 220 }}
          data-testid={`${id}-values`}
        />
      );
    case 'value':
      if (row.op === 'changed_by') {
        return (
          <Space size={4}>
            <InputNumber
              aria-label={t('editor.value')}
              min={0}
              value={typeof row.value === 'number' ? row.value : null}
              onChange={(v) => onChange({ ...row, value: v ?? undefined })}
              style={{ width: 90 }}
              data-testid={`${id}-value`}
            />
            <Select
              aria-label={t('editor.direction')}
              value={row.direction ?? 'either'}
              onChange={(direction: 'up' | 'down' | 'either') => onChange({ ...row, direction })}
              options={(['down', 'up', 'either'] as const).map((d) => ({ value: d, label: t(`rules.${d}`) }))}
              style={{ width: 100 }}
              data-testid={`${id}-direction`}
            />
          </Space>
        );
      }
      return <SingleValue field={field} value={row.value} onChange={(value) => onChange({ ...row, value })} label={t('editor.value')} testId={`${id}-value`} />;
  }
}
