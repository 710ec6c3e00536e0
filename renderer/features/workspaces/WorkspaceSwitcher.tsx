// The header's workspace switcher: the open workspace's name, and a menu with New…, Open… and
// the recently opened workspaces. The desktop app's File ▸ New Workspace… opens the same form.
import { lazy, Suspense, useEffect, useState } from 'react';
import { App, Button, Dropdown, Tooltip, Typography, type MenuProps } from 'antd';
import { DatabaseOutlined, DownOutlined, FileAddOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { WorkspaceList } from '../../../shared/contract/domains/workspace';
import { invoke, on } from '../../api/client';
import { asAppError } from '../../api/use-operation';
import { localFilesSupported } from '../../api/local-files';
import { useLocale } from '../../i18n/use-locale';
import { describeError } from '../../components/error-text';
import { formatModified } from './modified-time';
import { openListed, openWithDialog } from './switch-workspace';

// Loaded when first opened: the header stays light.
const NewWorkspaceModal = lazy(() => import('./NewWorkspaceModal').then((m) => ({ default: m.NewWorkspaceModal })));
const OpenWorkspaceModal = lazy(() => import('./OpenWorkspaceModal').then((m) => ({ default: m.OpenWorkspaceModal })));

const RECENT_SHOWN = 5;

export interface WorkspaceSwitcherProps {
  /** The open workspace's file name and path, or null when none is open. */
  current: { name: string; path: string } | null;
}

export function WorkspaceSwitcher({ current }: WorkspaceSwitcherProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const [menuOpen, setMenuOpen] = useState(false);
  const [dialog, setDialog] = useState<'new' | 'open' | null>(null);
  // Listed each time the menu opens (not on every page load: it counts each workspace's customers).
  const [list, setList] = useState<WorkspaceList | null>(null);
  useEffect(() => {
    if (!menuOpen) return;
    let live = true;
    invoke('workspace.list').then(
      (answer) => {
        if (live) setList(answer);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [menuOpen]);
  useEffect(() => on('app.command', ({ command }) => (command === 'new-workspace' ? setDialog('new') : undefined)), []);

  const failed = (e: unknown) => void message.error(describeError(asAppError(e), t).summary);
  // Known before the list arrives: the desktop app (IPC) has the native dialogs.
  const nativeDialogs = list?.nativeDialogs ?? localFilesSupported();
  const recent = (list?.recent ?? []).filter((entry) => !entry.current).slice(0, RECENT_SHOWN);
  const items: MenuProps['items'] = [
    { key: 'new', icon: <FileAddOutlined />, label: <span data-testid="workspace-menu-new">{t('workspaces.newWorkspace')}</span> },
    { key: 'open', icon: <FolderOpenOutlined />, label: <span data-testid="workspace-menu-open">{t('workspaces.open')}</span> },
    { type: 'divider' },
    {
      type: 'group',
      key: 'recent',
      label: t('workspaces.recent'),
      children: recent.length
        ? recent.map((entry) => ({
            key: `recent:${entry.path}`,
            label: (
              <Tooltip title={entry.path} placement="left">
                <span data-testid="workspace-menu-recent" data-name={entry.name ?? entry.file} style={{ display: 'inline-flex', gap: 12, maxWidth: 360 }}>
                  <Typography.Text ellipsis style={{ maxWidth: 220 }}>
                    {entry.name ?? entry.file}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                    {formatModified(entry.openedAt ?? entry.modified, locale) ?? ''}
                  </Typography.Text>
                </span>
              </Tooltip>
            ),
          }))
        : [{ key: 'no-recent', disabled: true, label: t('workspaces.noRecent') }],
    },
  ];

  const onMenu: MenuProps['onClick'] = ({ key }) => {
    setMenuOpen(false);
    if (key === 'new') setDialog('new');
    else if (key === 'open') {
      if (nativeDialogs) openWithDialog().catch(failed);
      else setDialog('open');
    } else if (key.startsWith('recent:')) {
      const entry = recent.find((r) => `recent:${r.path}` === key);
      if (entry) openListed(entry).catch(failed);
    }
  };

  return (
    <>
      <Dropdown menu={{ items, onClick: onMenu }} trigger={['click']} open={menuOpen} onOpenChange={setMenuOpen}>
        <Button type="text" aria-label={t('workspaces.switcher')} data-testid="workspace-switcher" style={{ maxWidth: 320, paddingInline: 8 }}>
          <DatabaseOutlined />
          {/* The path, but not over the open menu. */}
          <Tooltip title={current?.path} open={menuOpen ? false : undefined}>
            <Typography.Text ellipsis style={{ maxWidth: 240 }} data-testid="workspace-name">
              {current ? current.name : t('header.noWorkspace')}
            </Typography.Text>
          </Tooltip>
          <DownOutlined style={{ fontSize: 10 }} />
        </Button>
      </Dropdown>
      <Suspense fallback={null}>
        {dialog === 'new' ? <NewWorkspaceModal open onClose={() => setDialog(null)} /> : null}
        {dialog === 'open' ? <OpenWorkspaceModal open onClose={() => setDialog(null)} /> : null}
      </Suspense>
    </>
  );
}
