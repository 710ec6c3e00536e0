// The rule's condition as an AND list of rows: a catalog field (customer fields, searchable in
// the UI language), one of the operators the catalog allows for it, and its value.
import { Button, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useCatalogLabels } from '../../i18n/catalog-label';
import { SAVED_SEGMENT_FIELD } from '../../../shared/segments/definition';
import { isFilterOperator, rowForField, type ConditionRow } from './condition-rows';
import { ConditionValueInput, type CatalogField } from './ConditionValueInput';

export interface ConditionRowsEditorProps {
  rows: readonly ConditionRow[];
  onChange: (rows: ConditionRow[]) => void;
  fields: readonly CatalogField[];
}

/** Customer fields a rule can test (segment membership is the rule's target, not a condition). */
export function conditionFields(fields: readonly CatalogField[]): CatalogField[] {
  return fields.filter((f) => f.source === 'customer' && f.operators.length > 0 && f.id !== SAVED_SEGMENT_FIELD);
}

export function ConditionRowsEditor({ rows, onChange, fields }: ConditionRowsEditorProps) {
  const { t } = useTranslation('warnings');
  const { t: tOps } = useTranslation('segment-builder');
  const catalog = useCatalogLabels();
  const byId = new Map(fields.map((f) => [f.id, f]));
  const fieldOptions = fields.map((f) => ({ value: f.id, label: catalog.field(f.id, f.rawLabel) }));
  const replace = (index: number, row: ConditionRow) => onChange(rows.map((r, i) => (i === index ? row : r)));
  return (
    <Space orientation="vertical" size={6} style={{ width: '100%' }} data-testid="condition-rows">
      {rows.map((row, index) => {
        const field = byId.get(row.field);
        return (
          <Space key={row.key} size={6} wrap data-testid={`condition-${index}`}>
            <Select
              showSearch
              optionFilterProp="label"
              aria-label={t('editor.field')}
              placeholder={t('editor.field')}
              value={row.field || undefined}
              onChange={(id: string) => replace(index, { ...rowForField(id, byId.get(id)?.operators ?? []), key: row.key })}
              options={fieldOptions}
              style={{ width: 190 }}
              data-testid={`condition-${index}-field`}
            />
            <Select
              aria-label={t('editor.operator')}
              value={row.op}
              onChange={(op: string) => {
                if (isFilterOperator(op)) replace(index, { ...row, op });
              }}
              options={(field?.operators ?? []).filter(isFilterOperator).map((op) => ({ value: op, label: tOps(`operators.${op}`) }))}
              style={{ width: 130 }}
              disabled={!field}
              data-testid={`condition-${index}-op`}
            />
            <ConditionValueInput row={row} field={field} onChange={(next) => replace(index, next)} index={index} />
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('editor.removeCondition')}
              title={t('editor.removeCondition')}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
              data-testid={`condition-${index}-remove`}
            />
          </Space>
        );
      })}
      <Button icon={<PlusOutlined />} size="small" onClick={() => onChange([...rows, { key: `new-${Date.now()}-${rows.length}`, field: '', op: '=' }])} data-testid="add-condition">
        {t('editor.addCondition')}
      </Button>
    </Space>
  );
}
