// The mapping of one source table: its canonical target and, per canonical field, the source
// column feeding it. Columns are dragged onto fields (@dnd-kit: pointer and keyboard) or
// picked from each field's list; the suggestion's confidence shows where it still applies.
import { useMemo, useState, type ReactNode } from 'react';
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { Alert, Button, Card, Select, Tag, Typography, theme } from 'antd';
import { UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportTarget, PreviewTable } from '../../../shared/contract/domains/import';
import { canonicalTableNames, isCanonicalTable, type CanonicalField, type MappingFieldName } from '../../../shared/domain/canonical-tables';
import { formatPercent } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { chipStyle, ColumnChip } from './ColumnChip';
import { FieldSlot } from './FieldSlot';
import { OrderGrain } from './OrderGrain';
import { cellText, fieldLabel, targetLabel } from './labels';
import { assignColumn, changeTarget, isMappingField, missingRequired, suggestedDraft, targetFields, unmappedColumns, type MappingDraft } from './mapping-draft';

export interface MappingEditorProps {
  table: PreviewTable;
  draft: MappingDraft;
  onChange: (draft: MappingDraft) => void;
  /** How the source table is named to the analyst (a CSV's own file name rather than its staged copy's). */
  sourceLabel: string;
  disabled?: boolean;
  /** Saved-mapping controls, rendered in the card header. */
  extra?: ReactNode;
}

function dragData(data: unknown, key: 'column' | 'field'): string | null {
  if (typeof data !== 'object' || data === null || !(key in data)) return null;
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : null;
}

export function MappingEditor({ table, draft, onChange, sourceLabel, disabled = false, extra }: MappingEditorProps) {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const { token } = theme.useToken();
  const [dragging, setDragging] = useState<string | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor));

  const samples = useMemo(() => {
    const out = new Map<string, string>();
    table.columns.forEach((column, i) => {
      const value = table.sampleRows.map((row) => row[i]).find((v) => v !== null && v !== undefined && v !== '');
      out.set(column, cellText(value).slice(0, 40));
    });
    return out;
  }, [table]);
  const columnOptions = useMemo(() => table.columns.map((value) => ({ value, sample: samples.get(value) ?? '' })), [table.columns, samples]);

  const fields = targetFields(draft.target).filter((f): f is CanonicalField & { name: MappingFieldName } => isMappingField(f.name));
  const labelOf = (field: string) => {
    return isCanonicalTable(draft.target) ? fieldLabel(draft.target, field, locale) : field;
  };
  const columnField = new Map<string, string>();
  for (const [field, column] of Object.entries(draft.fields)) if (column) columnField.set(column, field);

  const suggestionFor = (field: MappingFieldName) => {
    if (draft.target !== table.suggestion.target) return undefined;
    const s = table.suggestion.fields.find((x) => x.field === field);
    return s && s.column === draft.fields[field] ? s : undefined;
  };

  const onDragStart = (event: DragStartEvent) => setDragging(dragData(event.active.data.current, 'column'));
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const column = dragData(event.active.data.current, 'column');
    const field = dragData(event.over?.data.current, 'field');
    if (column && field && isMappingField(field)) onChange(assignColumn(draft, field, column));
  };

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('mapping.dndStart', { column: dragData(active.data.current, 'column') }),
    onDragOver: ({ active, over }) =>
      over
        ? t('mapping.dndOver', { column: dragData(active.data.current, 'column'), field: labelOf(dragData(over.data.current, 'field') ?? '') })
        : t('mapping.dndOverNone', { column: dragData(active.data.current, 'column') }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('mapping.dndDrop', { column: dragData(active.data.current, 'column'), field: labelOf(dragData(over.data.current, 'field') ?? '') })
        : t('mapping.dndCancel', { column: dragData(active.data.current, 'column') }),
    onDragCancel: ({ active }) => t('mapping.dndCancel', { column: dragData(active.data.current, 'column') }),
  };

  const suggestion = table.suggestion;
  const confidenceOf = (target: ImportTarget) => (target === suggestion.target ? suggestion.confidence : suggestion.alternatives.find((a) => a.target === target)?.confidence);
  const targetOptions = [
    ...canonicalTableNames.map((name) => {
      const c = confidenceOf(name);
      return { value: name, label: c !== undefined ? `${targetLabel(name, locale)}（${formatPercent(c, undefined, 0)}）` : targetLabel(name, locale) };
    }),
    { value: 'raw', label: t('mapping.targetRaw') },
  ];
  const missing = missingRequired(draft);
  const unmapped = unmappedColumns(draft);
  const sep = locale === 'zh-CN' ? '、' : ', ';
  const origin =
    draft.origin === 'saved' ? t('mapping.originSaved', { name: draft.savedName ?? '' }) : draft.origin === 'edited' ? t('mapping.originEdited') : t('mapping.originSuggested');

  return (
    <Card
      size="small"
      data-testid="mapping-editor"
      data-target={draft.target}
      data-origin={draft.origin}
      title={
        <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
          {t('mapping.title')}
          <Tag color={draft.origin === 'saved' ? 'green' : draft.origin === 'edited' ? 'gold' : 'blue'} data-testid="mapping-origin" style={{ fontWeight: 400 }}>
            {origin}
          </Tag>
        </span>
      }
      extra={extra}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 10 } }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Text type="secondary">
          {sourceLabel} {t('mapping.target')}
        </Typography.Text>
        <Select
          size="small"
          style={{ width: 220 }}
          aria-label={t('mapping.target')}
          data-testid="mapping-target"
          value={draft.target}
          onChange={(value: string) => {
            const parsed = value === 'raw' || isCanonicalTable(value) ? value : null;
            if (parsed) onChange(changeTarget(draft, parsed, table));
          }}
          options={targetOptions}
        />
        {draft.target === suggestion.target ? (
          <Typography.Text type="secondary" data-testid="target-confidence" data-value={suggestion.confidence}>
            {t('mapping.targetConfidence', { confidence: formatPercent(suggestion.confidence, undefined, 0) })}
          </Typography.Text>
        ) : null}
        <Button
          size="small"
          type="link"
          icon={<UndoOutlined />}
          disabled={draft.origin === 'suggested'}
          onClick={() => onChange(suggestedDraft(table))}
          data-testid="mapping-reset"
        >
          {t('mapping.reset')}
        </Button>
      </div>
      {draft.target === 'orders' || draft.target === 'order_lines' ? (
        <OrderGrain table={table} draft={draft} disabled={disabled} onTarget={(target) => onChange(changeTarget(draft, target, table))} />
      ) : null}
      {draft.target === 'raw' ? (
        <Typography.Text type="secondary">{t('mapping.rawHint')}</Typography.Text>
      ) : (
        <DndContext
          sensors={sensors}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragging(null)}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('mapping.dndInstructions') } }}
        >
          <div style={{ display: 'grid', gridTemplateColumns: 'minmax(200px, 260px) minmax(0, 1fr)', gap: 12 }}>
            <div>
              <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 6 }}>
                {t('mapping.sourceColumns')}
              </Typography.Text>
              <div data-testid="source-columns" style={{ display: 'flex', flexWrap: 'wrap', gap: 6, maxHeight: 260, overflow: 'auto', alignContent: 'flex-start' }}>
                {table.columns.map((column) => {
                  const field = columnField.get(column);
                  return <ColumnChip key={column} column={column} disabled={disabled} sample={samples.get(column)} mappedTo={field ? labelOf(field) : undefined} />;
                })}
              </div>
            </div>
            <div data-testid="field-slots" style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(330px, 1fr))', gap: 2, alignContent: 'start' }}>
              {fields.map((field) => (
                <FieldSlot
                  key={field.name}
                  field={field}
                  label={labelOf(field.name)}
                  column={draft.fields[field.name]}
                  columns={columnOptions}
                  suggestion={suggestionFor(field.name)}
                  onChange={(column) => onChange(assignColumn(draft, field.name, column))}
                />
              ))}
            </div>
          </div>
          <DragOverlay dropAnimation={null}>
            {dragging ? <span style={{ ...chipStyle(token, false), boxShadow: token.boxShadowSecondary, cursor: 'grabbing' }}>{dragging}</span> : null}
          </DragOverlay>
        </DndContext>
      )}
      {missing.length > 0 ? (
        <Alert type="warning" showIcon data-testid="mapping-missing" title={t('mapping.missingRequired', { fields: missing.map((f) => labelOf(f.name)).join(sep) })} />
      ) : null}
      {draft.target !== 'raw' ? (
        <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }} data-testid="mapping-unmapped">
          {unmapped.length > 0 ? t('mapping.unmapped', { columns: unmapped.join(sep) }) : t('mapping.noUnmapped')}
          {suggestion.generated.length > 0 && draft.target === suggestion.target ? ` ${t('mapping.generatedKeys', { fields: suggestion.generated.map(labelOf).join(sep) })}` : null}
        </Typography.Text>
      ) : null}
    </Card>
  );
}
