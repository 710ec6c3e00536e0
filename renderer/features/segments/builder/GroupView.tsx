// A group on the canvas: AND/OR, NOT, its conditions and nested groups, and a drop zone for
// fields and nodes. Nested groups are tinted by level so the nesting reads at a glance.
import { HolderOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { Button, Radio, Tooltip, Typography, theme } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_GROUP_DEPTH, type GroupOp } from '../../../../shared/query/ast';
import { useBuilder } from './builder-context';
import { ConditionRow } from './ConditionRow';
import { addGroup, ROOT_ID, setGroupOp, toggleNot, type DraftGroup } from './draft';
import { dragId, type DragData, type DropData } from './dnd';
import { NodeActions } from './NodeActions';

interface GroupViewProps {
  readonly group: DraftGroup;
  /** Groups from the root down to this one (root = 1). */
  readonly depth: number;
}

const LEVEL_TINTS = ['transparent', 'rgba(27, 95, 209, 0.035)', 'rgba(27, 95, 209, 0.06)', 'rgba(27, 95, 209, 0.085)'];

function phraseKey(group: DraftGroup): 'canvas.matchAll' | 'canvas.matchAny' | 'canvas.excludeAll' | 'canvas.excludeAny' {
  if (group.not) return group.op === 'and' ? 'canvas.excludeAll' : 'canvas.excludeAny';
  return group.op === 'and' ? 'canvas.matchAll' : 'canvas.matchAny';
}

export function GroupView({ group, depth }: GroupViewProps) {
  const { t } = useTranslation('segment-builder');
  const { token } = theme.useToken();
  const { state, groupNames, refused } = useBuilder();
  const isRoot = group.id === ROOT_ID;
  const drag: DragData = { kind: 'node', nodeId: group.id };
  const draggable = useDraggable({ id: dragId(drag), data: drag, disabled: isRoot });
  // Anywhere on a group (its header too) appends to it; a condition row inside takes a drop
  // before itself. Placing a node before a group is the move-up action's job.
  const zone = useDroppable({ id: `group:${group.id}`, data: { groupId: group.id, rank: depth * 2 } satisfies DropData });
  const { setNodeRef: setDragRef } = draggable;
  const { setNodeRef: setZoneRef } = zone;
  const setOuterRef = useCallback(
    (element: HTMLElement | null) => {
      setDragRef(element);
      setZoneRef(element);
    },
    [setDragRef, setZoneRef],
  );
  const canNest = depth < MAX_GROUP_DEPTH;
  const name = groupNames.get(group.id) ?? '';

  const header = (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
      {isRoot ? null : (
        <span
          ref={draggable.setActivatorNodeRef}
          {...draggable.attributes}
          {...draggable.listeners}
          aria-label={name}
          style={{ cursor: 'grab', color: token.colorTextTertiary, touchAction: 'none' }}
        >
          <HolderOutlined />
        </span>
      )}
      {isRoot ? null : <Typography.Text type="secondary">{name}</Typography.Text>}
      <Tooltip title={t('canvas.notHint')}>
        <Button
          size="small"
          type={group.not ? 'primary' : 'default'}
          danger={group.not}
          icon={<StopOutlined />}
          aria-pressed={group.not}
          aria-label={t('canvas.notHint')}
          onClick={() => refused(state.apply((d) => toggleNot(d, group.id)))}
          data-testid={`group-not-${group.id}`}
        >
          {t('canvas.not')}
        </Button>
      </Tooltip>
      <Radio.Group
        size="small"
        optionType="button"
        buttonStyle="solid"
        value={group.op}
        onChange={(event) => refused(state.apply((d) => setGroupOp(d, group.id, event.target.value as GroupOp)))}
        options={[
          { value: 'and', label: t('canvas.and'), title: t('canvas.andHint') },
          { value: 'or', label: t('canvas.or'), title: t('canvas.orHint') },
        ]}
        data-testid={`group-op-${group.id}`}
      />
      {/* The phrase gives way first when a nested group is narrow. */}
      <Typography.Text type="secondary" style={{ fontSize: 12, flex: 1, minWidth: 0 }} ellipsis={{ tooltip: t(phraseKey(group)) }}>
        {t(phraseKey(group))}
      </Typography.Text>
      <Tooltip title={canNest ? t('canvas.addGroupAria') : t('canvas.tooDeep')}>
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          disabled={!canNest}
          onClick={() => refused(state.apply((d) => addGroup(d, group.id)))}
          data-testid="segment-add-group"
          data-group={group.id}
        >
          {t('canvas.addGroup')}
        </Button>
      </Tooltip>
      {isRoot ? null : <NodeActions nodeId={group.id} />}
    </div>
  );

  const body = (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        gap: 6,
        minHeight: isRoot ? 120 : 40,
        padding: isRoot ? 0 : '6px 0 2px',
        borderRadius: token.borderRadius,
        flex: isRoot ? 1 : undefined,
      }}
    >
      {group.children.map((child, i) =>
        child.kind === 'group' ? (
          <GroupView key={child.id} group={child} depth={depth + 1} />
        ) : (
          <ConditionRow key={child.id} condition={child} parentId={group.id} index={i} depth={depth} />
        ),
      )}
      {group.children.length === 0 ? (
        <div
          style={{
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            flex: 1,
            minHeight: isRoot ? 160 : 36,
            border: `1px dashed ${token.colorBorder}`,
            borderRadius: token.borderRadius,
            color: token.colorTextTertiary,
            padding: 8,
            textAlign: 'center',
          }}
        >
          {isRoot ? t('canvas.empty') : t('canvas.emptyGroup')}
        </div>
      ) : null}
    </div>
  );

  return (
    <div
      ref={setOuterRef}
      role="group"
      aria-label={isRoot ? t('canvas.rootAria') : t('canvas.groupAria', { level: depth - 1 })}
      data-testid={`segment-group-${group.id}`}
      data-op={group.op}
      data-not={group.not ? 'true' : 'false'}
      style={{
        display: 'flex',
        flexDirection: 'column',
        gap: 6,
        flex: isRoot ? 1 : undefined,
        padding: isRoot ? 0 : '6px 8px 8px',
        background: LEVEL_TINTS[depth - 1] ?? 'transparent',
        border: isRoot ? undefined : `1px solid ${group.not ? token.colorErrorBorder : token.colorBorder}`,
        borderLeft: isRoot ? undefined : `3px solid ${group.not ? token.colorError : group.op === 'or' ? token.colorWarning : token.colorPrimary}`,
        borderRadius: token.borderRadius,
        outline: zone.isOver ? `2px dashed ${token.colorPrimary}` : undefined,
        outlineOffset: 2,
        opacity: draggable.isDragging ? 0.4 : 1,
      }}
    >
      {header}
      {body}
    </div>
  );
}
