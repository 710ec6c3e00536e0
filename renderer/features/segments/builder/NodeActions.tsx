// The actions every canvas node has (condition or nested group): duplicate and delete as buttons,
// move up / down / to another group in a menu. Buttons and menus rather than gestures only, so
// the keyboard reaches every action; the menu keeps a row narrow enough for 1366×768.
import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, DeleteOutlined, FolderOpenOutlined, MoreOutlined } from '@ant-design/icons';
import { Button, Dropdown, Tooltip, type MenuProps } from 'antd';
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
  const items: MenuProps['items'] = [
    { key: 'up', icon: <ArrowUpOutlined />, label: t('condition.moveUp'), disabled: index === 0 },
    { key: 'down', icon: <ArrowDownOutlined />, label: t('condition.moveDown'), disabled: index >= siblings - 1 },
    {
      key: 'to',
      icon: <FolderOpenOutlined />,
      label: t('condition.moveTo'),
      disabled: targets.length === 0,
      children: targets.map((id) => ({ key: `to:${id}`, label: groupNames.get(id) ?? id })),
    },
  ];
  const onMenu: MenuProps['onClick'] = ({ key }) => {
    if (key === 'up') refused(state.apply((d) => moveBy(d, nodeId, -1)));
    else if (key === 'down') refused(state.apply((d) => moveBy(d, nodeId, 1)));
    else if (key.startsWith('to:')) refused(state.apply((d) => moveNode(d, nodeId, key.slice(3))));
  };
  return (
    <span style={{ display: 'inline-flex', flexShrink: 0 }}>
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
      <Dropdown trigger={['click']} menu={{ items, onClick: onMenu }}>
        <Button {...small} icon={<MoreOutlined />} aria-label={t('condition.moveTo')} data-testid={`node-more-${nodeId}`} />
      </Dropdown>
    </span>
  );
}
