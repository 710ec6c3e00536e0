// A source column the analyst can drag onto a canonical field (mouse, touch or keyboard).
import type { CSSProperties } from 'react';
import { useDraggable } from '@dnd-kit/core';
import { HolderOutlined } from '@ant-design/icons';
import { theme } from 'antd';

export interface ColumnChipProps {
  column: string;
  /** Label of the field it feeds, when mapped. */
  mappedTo?: string;
  sample?: string;
  disabled?: boolean;
}

export function chipStyle(token: ReturnType<typeof theme.useToken>['token'], mapped: boolean): CSSProperties {
  return {
    display: 'inline-flex',
    alignItems: 'center',
    gap: 4,
    maxWidth: '100%',
    padding: '1px 8px',
    lineHeight: '22px',
    borderRadius: token.borderRadiusSM,
    border: `1px solid ${mapped ? token.colorBorder : token.colorPrimaryBorder}`,
    background: mapped ? token.colorFillQuaternary : token.colorPrimaryBg,
    color: mapped ? token.colorTextSecondary : token.colorText,
    cursor: 'grab',
    userSelect: 'none',
    whiteSpace: 'nowrap',
  };
}

export function ColumnChip({ column, mappedTo, sample, disabled = false }: ColumnChipProps) {
  const { token } = theme.useToken();
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: `col:${column}`, data: { column }, disabled });
  return (
    <span
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      data-testid="column-chip"
      data-column={column}
      data-mapped={mappedTo ? 'true' : 'false'}
      title={sample ? `${column} · ${sample}` : column}
      style={{ ...chipStyle(token, Boolean(mappedTo)), opacity: isDragging ? 0.4 : 1, cursor: disabled ? 'default' : 'grab' }}
    >
      <HolderOutlined style={{ color: token.colorTextTertiary }} />
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{column}</span>
      {mappedTo ? <span style={{ color: token.colorTextTertiary, fontSize: 12 }}>→ {mappedTo}</span> : null}
    </span>
  );
}
