// The value part of a condition row, chosen by what the operator reads and the field's type.
import { Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CategoryValues } from './CategoryValues';
import { DateValues } from './DateValues';
import type { DraftCondition } from './draft';
import { payloadKind } from './draft-filter';
import { NumberValues } from './NumberValues';
import type { CatalogField } from './palette-model';
import type { PatchCondition } from './value-picker-props';

export function ValuePicker({ field, condition, onPatch, label }: { field: CatalogField; condition: DraftCondition; onPatch: PatchCondition; label: string }) {
  const { t } = useTranslation('segment-builder');
  if (payloadKind(condition.op) === 'none') {
    return (
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('values.noValue')}
      </Typography.Text>
    );
  }
  switch (field.type) {
    case 'number':
      return <NumberValues field={field} condition={condition} onPatch={onPatch} label={label} />;
    case 'date':
      return <DateValues field={field.id} condition={condition} onPatch={onPatch} label={label} />;
    case 'boolean':
      return (
        <Segmented
          size="small"
          aria-label={label}
          value={condition.value === false ? 'no' : 'yes'}
          onChange={(choice: 'yes' | 'no') => onPatch({ value: choice === 'yes' })}
          options={[
            { value: 'yes', label: t('values.yes') },
            { value: 'no', label: t('values.no') },
          ]}
        />
      );
    case 'text':
    case 'enum':
      return <CategoryValues field={field} condition={condition} onPatch={onPatch} label={label} />;
  }
}
