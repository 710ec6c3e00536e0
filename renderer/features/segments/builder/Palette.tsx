// Left column: the catalog's fields by group, searchable in both languages. A field is dragged
// onto the canvas, or focused and added with Enter/Space (or a double click) to the group chosen
// in "Add to" — every action works without a mouse.
import { FieldBinaryOutlined, FieldNumberOutlined, FieldStringOutlined, FieldTimeOutlined, SearchOutlined, TagsOutlined } from '@ant-design/icons';
import { useDraggable } from '@dnd-kit/core';
import { Collapse, Empty, Input, Select, Typography, theme } from 'antd';
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBuilder } from './builder-context';
import { groupTargets } from './draft';
import { dragId, type DragData } from './dnd';
import { messageText } from './message-lookup';
import { paletteGroups, type CatalogField } from './palette-model';
import { useLocale } from '../../../i18n/use-locale';

const typeIcons: Record<CatalogField['type'], typeof FieldStringOutlined> = {
  text: FieldStringOutlined,
  enum: TagsOutlined,
  number: FieldNumberOutlined,
  date: FieldTimeOutlined,
  boolean: FieldBinaryOutlined,
};

interface PaletteProps {
  readonly fields: readonly CatalogField[];
  readonly onAdd: (fieldId: string) => void;
}

function PaletteItem({ field, onAdd }: { readonly field: CatalogField; readonly onAdd: (fieldId: string) => void }) {
  const { t } = useTranslation('segment-builder');
  const { fieldLabel } = useBuilder();
  const { token } = theme.useToken();
  const data: DragData = { kind: 'field', fieldId: field.id };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: dragId(data), data });
  const Icon = typeIcons[field.type];
  const label = fieldLabel(field.id);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onAdd(field.id);
  };
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onDoubleClick={() => onAdd(field.id)}
      role="button"
      tabIndex={0}
      aria-label={t('palette.addField', { field: label })}
      data-testid={`palette-field-${field.id}`}
      className="segment-palette-item"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 6,
        padding: '3px 8px',
        borderRadius: token.borderRadiusSM,
        cursor: 'grab',
        opacity: isDragging ? 0.4 : 1,
        border: `1px solid ${token.colorBorderSecondary}`,
        background: token.colorBgContainer,
        marginBottom: 4,
        touchAction: 'none',
      }}
    >
      <Icon style={{ color: token.colorTextTertiary }} aria-hidden />
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={label}>
        {label}
      </span>
    </div>
  );
}

export function Palette({ fields, onAdd }: PaletteProps) {
  const { t } = useTranslation('segment-builder');
  const locale = useLocale();
  const { state, groupNames, targetGroup, setTargetGroup } = useBuilder();
  const [query, setQuery] = useState('');
  const groups = useMemo(() => paletteGroups(fields, query), [fields, query]);
  // Searching opens every group that has a match; otherwise the analyst's choice stands.
  const [open, setOpen] = useState<string[]>(['profile', 'scores', 'rfm']);
  const targets = groupTargets(state.draft);
  const groupLabel = (group: string): string => {
    const key = `catalog:groups.${group}`;
    const text = messageText(locale, key);
    if (text !== key) return text;
    return group === 'segments' ? t('palette.segmentsGroup') : t('palette.otherGroup');
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0, height: '100%' }}>
      <Typography.Text strong>{t('palette.title')}</Typography.Text>
      <Input
        allowClear
        size="small"
        prefix={<SearchOutlined />}
        placeholder={t('palette.search')}
        aria-label={t('palette.searchAria')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        data-testid="palette-search"
      />
      <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {t('palette.addTo')}
        </Typography.Text>
        <Select
          size="small"
          style={{ flex: 1, minWidth: 0 }}
          aria-label={t('palette.addToAria')}
          value={targets.includes(targetGroup) ? targetGroup : 'root'}
          onChange={setTargetGroup}
          options={targets.map((id) => ({ value: id, label: groupNames.get(id) ?? id }))}
          data-testid="palette-target"
        />
      </div>
      <div style={{ overflowY: 'auto', minHeight: 0, flex: 1 }}>
        {groups.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('palette.noMatch')} />
        ) : (
          <Collapse
            size="small"
            ghost
            activeKey={query.trim() ? groups.map((g) => g.group) : open}
            onChange={(keys) => setOpen(Array.isArray(keys) ? keys.map(String) : [String(keys)])}
            items={groups.map((g) => ({
              key: g.group,
              label: `${groupLabel(g.group)} (${g.fields.length})`,
              children: g.fields.map((field) => <PaletteItem key={field.id} field={field} onAdd={onAdd} />),
              styles: { body: { padding: '4px 0 4px 8px' } },
            }))}
          />
        )}
      </div>
    </div>
  );
}
