// One condition on the canvas: drag handle, field, operator, value picker, actions. The row is
// also a drop zone: a field or node dropped on it lands just before it.
import { HolderOutlined } from '@ant-design/icons';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Select, Tooltip, Typography, theme } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { FILTER_OPERATORS, type FilterOperator } from '../../../../shared/query/ast';
import { useBuilder } from './builder-context';
import { updateCondition, type ConditionPatch, type DraftCondition } from './draft';
import { switchOperator } from './draft-filter';
import { dragId, type DragData, type DropData } from './dnd';
import { NodeActions } from './NodeActions';
import { ValuePicker } from './ValuePicker';

const isOperator = (op: string): op is FilterOperator => (FILTER_OPERATORS as readonly string[]).includes(op);

interface ConditionRowProps {
  readonly condition: DraftCondition;
  readonly parentId: string;
  readonly index: number;
  readonly depth: number;
}

export function ConditionRow({ condition, parentId, index, depth }: ConditionRowProps) {
  const { t } = useTranslation('segment-builder');
  const { token } = theme.useToken();
  const { state, fields, fieldLabel, refused } = useBuilder();
  const field = fields.get(condition.field);
  const label = fieldLabel(condition.field);
  const drag: DragData = { kind: 'node', nodeId: condition.id };
  const drop: DropData = { groupId: parentId, index, rank: depth * 2 + 1 };
  const draggable = useDraggable({ id: dragId(drag), data: drag });
  const droppable = useDroppable({ id: `slot:${condition.id}`, data: drop });
  const { setNodeRef: setDragRef } = draggable;
  const { setNodeRef: setDropRef } = droppable;
  const setRef = useCallback(
    (element: HTMLElement | null) => {
      setDragRef(element);
      setDropRef(element);
    },
    [setDragRef, setDropRef],
  );
  const onPatch = useCallback(
    (patch: ConditionPatch, gesture?: string) => refused(state.apply((d) => updateCondition(d, condition.id, patch), gesture ? `${condition.id}.${gesture}` : undefined)),
    [state, condition.id, refused],
  );
  const unfinished = state.rule.incomplete === condition.id;
  const operators = (field?.operators ?? [condition.op]).filter(isOperator);

  return (
    <div
      ref={setRef}
      data-testid={`segment-condition-${condition.id}`}
      data-field={condition.field}
      style={{
        display: 'flex',
        alignItems: 'flex-start',
        gap: 6,
        padding: '5px 4px 5px 6px',
        background: token.colorBgContainer,
        border: `1px solid ${unfinished ? token.colorWarningBorder : token.colorBorderSecondary}`,
        borderRadius: token.borderRadius,
        boxShadow: droppable.isOver ? `0 -2px 0 0 ${token.colorPrimary}` : undefined,
        opacity: draggable.isDragging ? 0.4 : 1,
      }}
    >
      <span
        ref={draggable.setActivatorNodeRef}
        {...draggable.attributes}
        {...draggable.listeners}
        aria-label={t('condition.dragAria', { field: label })}
        style={{ cursor: 'grab', color: token.colorTextTertiary, paddingTop: 4, touchAction: 'none' }}
      >
        <HolderOutlined />
      </span>
      <Tooltip title={unfinished ? t('canvas.unfinished') : undefined}>
        <Typography.Text strong style={{ width: 112, flexShrink: 0, paddingTop: 3 }} ellipsis={{ tooltip: label }} type={unfinished ? 'warning' : undefined}>
          {label}
        </Typography.Text>
      </Tooltip>
      <Select<FilterOperator>
        size="small"
        style={{ width: 128, flexShrink: 0 }}
        aria-label={t('condition.operatorAria', { field: label })}
        value={condition.op}
        onChange={(op) => onPatch(switchOperator(condition, op))}
        options={operators.map((op) => ({ value: op, label: t(`operators.${op}`) }))}
        popupMatchSelectWidth={false}
        data-testid={`condition-operator-${condition.id}`}
      />
      <div style={{ flex: 1, minWidth: 0 }}>
        {field ? <ValuePicker field={field} condition={condition} onPatch={onPatch} label={t('condition.valueAria', { field: label })} /> : null}
      </div>
      <NodeActions nodeId={condition.id} />
    </div>
  );
}
