// The widget's own filter as rows (field, operator, value), all of which must hold.
import { useState } from 'react';
import { Button, Input, Select, Space, Typography } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CatalogDescription } from '../../../shared/contract/operations';
import type { FilterNode } from '../../../shared/query/ast';
import type { CatalogLabels } from './use-catalog-labels';
import { filterOf, ROW_OPERATORS, rowsOf, type FilterRow } from './widget-filter-rows';

export interface WidgetFilterEditorProps {
  readonly filter: FilterNode | undefined;
  readonly source: string;
  readonly catalog: CatalogDescription;
  readonly labels: CatalogLabels;
  readonly onChange: (filter: FilterNode | undefined) => void;
}

export function WidgetFilterEditor({ filter, source, catalog, labels, onChange }: WidgetFilterEditorProps) {
  const { t } = useTranslation('dashboard-page');
  const fields = catalog.fields.filter((f) => f.source === source);
  const numeric = (id: string) => fields.find((f) => f.id === id)?.type === 'number';
  // Incomplete rows (a value still to type) live here; the widget gets the complete ones.
  const [rows, setRows] = useState<FilterRow[] | null>(() => rowsOf(filter));
  if (rows === null) return <Typography.Text type="secondary">{t('editor.filter')}: ✓</Typography.Text>;
  const set = (next: FilterRow[]) => {
    setRows(next);
    onChange(filterOf(next, numeric));
  };
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid="widget-filter-editor">
      {rows.map((row, i) => (
        <Space.Compact key={i} style={{ width: '100%' }}>
          <Select
            showSearch
            optionFilterProp="label"
            style={{ width: '40%' }}
            value={row.field || undefined}
            options={fields.map((f) => ({ value: f.id, label: labels.field(f.id) }))}
            onChange={(field: string) => set(rows.map((r, j) => (j === i ? { ...r, field } : r)))}
          />
          <Select
            style={{ width: '22%' }}
            value={row.op}
            options={ROW_OPERATORS.map((op) => ({ value: op, label: op }))}
            onChange={(op: FilterRow['op']) => set(rows.map((r, j) => (j === i ? { ...r, op } : r)))}
          />
          <Input style={{ width: '30%' }} value={row.text} onChange={(e) => set(rows.map((r, j) => (j === i ? { ...r, text: e.target.value } : r)))} />
          <Button icon={<DeleteOutlined />} onClick={() => set(rows.filter((_, j) => j !== i))} aria-label={t('frame.delete')} />
        </Space.Compact>
      ))}
      <Button size="small" type="dashed" onClick={() => set([...rows, { field: fields[0]?.id ?? '', op: '=', text: '' }])}>
        {t('editor.addCondition')}
      </Button>
    </Space>
  );
}
