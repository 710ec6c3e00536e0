// The buttons every canvas node has (condition or nested group): move up / down, move to another
// group, duplicate, delete. Buttons rather than gestures only, so the keyboard reaches them all.
import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, DeleteOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBuilder } from './builder-context';
import { duplicateNode, groupTargets, locate, moveBy, moveNode, removeNode } from './draft';

export function NodeActions({ nodeId }: { readonly nodeId: string }) {
  const { t } = useTranslation('segment-builder');
  const { state, groupNames, refused } = useBuilder();
  const here = locate(state.draft, nodeId);
  const targets = groupTargets(state.draft, nodeId).filter((id) => id !== here?.parent?.id);
  const siblings = here?.parent?.children.length ?? 0;
  const index = here?.index ?? 0;
  const small = { size: 'small' as const, type: 'text' as const };
  return (
    <span style={{ display: 'inline-flex', gap: 0, flexShrink: 0 }}>
      <Tooltip title={t('condition.moveUp')}>
        <Button
          {...small}
          icon={<ArrowUpOutlined />}
          aria-label={t('condition.moveUp')}
          disabled={index === 0}
          onClick={() => refused(state.apply((d) => moveBy(d, nodeId, -1)))}
        />
      </Tooltip>
      <Tooltip title={t('condition.moveDown')}>
        <Button
          {...small}
          icon={<ArrowDownOutlined />}
          aria-label={t('condition.moveDown')}
          disabled={index >= siblings - 1}
          onClick={() => refused(state.apply((d) => moveBy(d, nodeId, 1)))}
        />
      </Tooltip>
      <Dropdown
        trigger={['click']}
        disabled={targets.length === 0}
        menu={{
          'aria-label': t('condition.moveToAria'),
          items: targets.map((id) => ({ key: id, label: groupNames.get(id) ?? id })),
          onClick: ({ key }) => refused(state.apply((d) => moveNode(d, nodeId, key))),
        }}
      >
        <Tooltip title={t('condition.moveTo')}>
          <Button {...small} icon={<FolderOpenOutlined />} aria-label={t('condition.moveTo')} disabled={targets.length === 0} data-testid={`node-move-${nodeId}`} />
        </Tooltip>
      </Dropdown>
      <Tooltip title={t('condition.duplicate')}>
        <Button
          {...small}
          icon={<CopyOutlined />}
          aria-label={t('condition.duplicate')}
          onClick={() => refused(state.apply((d) => duplicateNode(d, nodeId)))}
          data-testid={`node-duplicate-${nodeId}`}
        />
      </Tooltip>
      <Tooltip title={t('condition.remove')}>
        <Button
          {...small}
          danger
          icon={<DeleteOutlined />}
          aria-label={t('condition.remove')}
          onClick={() => refused(state.apply((d) => removeNode(d, nodeId)))}
          data-testid={`node-remove-${nodeId}`}
        />
      </Tooltip>
    </span>
  );
}
