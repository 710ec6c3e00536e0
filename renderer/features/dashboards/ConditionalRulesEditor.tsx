// 条件属性 of a table widget: per rule a column, a style (text colour, data bar, icon) and its
// thresholds. The columns offered are the table's own (list fields, or dimensions and measures).
import { Button, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LIST_FIELDS_MAX, type ConditionalRule } from '../../../shared/dashboards/widget';
import { ThresholdsInput } from './ThresholdsInput';

export interface ConditionalRulesEditorProps {
  readonly rules: readonly ConditionalRule[];
  /** The table's columns: id and label. */
  readonly columns: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (rules: ConditionalRule[]) => void;
}

const STYLES = ['color', 'bar', 'icon'] as const;

export function ConditionalRulesEditor({ rules, columns, onChange }: ConditionalRulesEditorProps) {
  const { t } = useTranslation('dashboard-page');
  const replace = (index: number, rule: ConditionalRule) => onChange(rules.map((r, i) => (i === index ? rule : r)));
  const first = columns[0]?.value;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }} data-testid="rules-editor">
      {rules.map((rule, index) => (
        <div key={index} style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }} data-testid={`rule-${index}`}>
          <Select
            size="small"
            style={{ width: 130 }}
            aria-label={t('editor.ruleColumn')}
            value={rule.column}
            options={[...columns]}
            onChange={(column: string) => replace(index, { ...rule, column })}
          />
          <Select
            size="small"
            style={{ width: 100 }}
            aria-label={t('editor.ruleStyle')}
            value={rule.style}
            options={STYLES.map((s) => ({ value: s, label: t(`editor.ruleStyles.${s}`) }))}
            onChange={(style: ConditionalRule['style']) => replace(index, { ...rule, style })}
          />
          <ThresholdsInput required value={rule.thresholds} onChange={(thresholds) => thresholds && replace(index, { ...rule, thresholds })} />
          <Button size="small" type="text" icon={<DeleteOutlined />} aria-label={t('editor.removeRule')} onClick={() => onChange(rules.filter((_, i) => i !== index))} />
        </div>
      ))}
      {first !== undefined && rules.length < LIST_FIELDS_MAX ? (
        <Button
          size="small"
          icon={<PlusOutlined />}
          data-testid="rule-add"
          onClick={() => onChange([...rules, { column: first, style: 'color', thresholds: { direction: 'lowerIsBetter', amber: 0, red: 0 } }])}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('editor.addRule')}
        </Button>
      ) : null}
    </div>
  );
}
