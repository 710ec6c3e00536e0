// One canonical field: its name and markers, and the source column feeding it — a drop target
// for column chips and, for the keyboard and for precise picking, a Select of all columns.
import { useDroppable } from '@dnd-kit/core';
import { Select, Tag, Tooltip, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldSuggestion } from '../../../shared/contract/domains/import';
import type { CanonicalField, MappingFieldName } from '../../../shared/domain/canonical-tables';
import { formatPercent } from '../../../shared/i18n/format';
import { tierColors } from '../../../shared/domain/tiers';

export interface FieldSlotProps {
  field: CanonicalField & { name: MappingFieldName };
  label: string;
  column: string | undefined;
  columns: readonly { value: string; sample: string }[];
  /** The suggestion for this field, when the mapped column is the suggested one. */
  suggestion: FieldSuggestion | undefined;
  onChange: (column: string | null) => void;
}

function confidenceColor(confidence: number): string {
  if (confidence >= 0.8) return tierColors.healthy;
  if (confidence >= 0.5) return tierColors.watch;
  return tierColors.atRisk;
}

export function FieldSlot({ field, label, column, columns, suggestion, onChange }: FieldSlotProps) {
  const { t } = useTranslation('data');
  const { token } = theme.useToken();
  const { setNodeRef, isOver, active } = useDroppable({ id: `field:${field.name}`, data: { field: field.name } });
  const dragging = active !== null;

  return (
    <div
      ref={setNodeRef}
      data-testid="field-slot"
      data-field={field.name}
      data-column={column ?? ''}
      style={{
        display: 'grid',
        gridTemplateColumns: '132px minmax(0, 1fr) 64px',
        alignItems: 'center',
        gap: 6,
        padding: '3px 6px',
        borderRadius: token.borderRadiusSM,
        border: `1px dashed ${isOver ? token.colorPrimary : dragging ? token.colorBorder : 'transparent'}`,
        background: isOver ? token.colorPrimaryBg : undefined,
      }}
    >
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={`${label} (${field.name})`}>
        {field.required && !field.generated ? <span style={{ color: token.colorError, marginRight: 2 }}>*</span> : null}
        {label}
        {field.key ? (
          <Tooltip title={t('mapping.key')}>
            <Tag style={{ marginLeft: 4, padding: '0 3px', fontSize: 11, lineHeight: '16px' }}>{t('mapping.key')}</Tag>
          </Tooltip>
        ) : null}
      </span>
      <Select
        size="small"
        allowClear
        showSearch
        aria-label={label}
        placeholder={dragging ? t('mapping.dropHere') : field.generated ? t('mapping.generated') : t('mapping.pickColumn')}
        value={column}
        onChange={(value: string | undefined) => onChange(value ?? null)}
        optionFilterProp="label"
        popupMatchSelectWidth={false}
        options={columns.map((c) => ({
          value: c.value,
          label: c.value,
          title: c.sample ? `${c.value} · ${c.sample}` : c.value,
        }))}
        optionRender={(option) => {
          const sample = columns.find((c) => c.value === option.value)?.sample;
          return (
            <span>
              {option.label}
              {sample ? <span style={{ color: token.colorTextTertiary, marginLeft: 8 }}>{sample}</span> : null}
            </span>
          );
        }}
      />
      <span>
        {suggestion ? (
          <Tooltip title={suggestion.reason}>
            <Tag
              data-testid="field-confidence"
              data-value={suggestion.confidence}
              style={{ margin: 0, color: confidenceColor(suggestion.confidence), borderColor: confidenceColor(suggestion.confidence), background: 'transparent' }}
            >
              {formatPercent(suggestion.confidence, undefined, 0)}
            </Tag>
          </Tooltip>
        ) : null}
      </span>
    </div>
  );
}
