// The page's toolbar: the dashboard switcher (saved ones, plus the template on screen when it is
// unsaved), new from template, rename / duplicate / delete, edit mode with undo/redo and the
// gallery, Save (Ctrl/Cmd+S), large screen, Export (Excel / PDF with Ctrl/Cmd+E, and "Save as
// dashboard file…") and 月度报告.
import { Button, Dropdown, Select, Space, Tag, Tooltip, Typography } from 'antd';
import {
  AppstoreAddOutlined,
  CopyOutlined,
  DeleteOutlined,
  EditOutlined,
  FullscreenOutlined,
  MoreOutlined,
  PlusOutlined,
  RedoOutlined,
  SaveOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ExportDocumentFormat } from '../../../shared/contract/domains/exports';
import { TEMPLATE_IDS, type TemplateId } from '../../../shared/dashboards/dashboard';
import { ExportMenu } from './ExportMenu';
import type { DashboardDraft } from './use-dashboard-draft';

export interface DashboardSummaryItem {
  readonly id: number;
  readonly name: string;
}

export interface DashboardToolbarProps {
  readonly draft: DashboardDraft;
  readonly saved: readonly DashboardSummaryItem[];
  readonly editing: boolean;
  readonly saving: boolean;
  readonly onOpen: (id: number) => void;
  readonly onNewFromTemplate: (id: TemplateId) => void;
  readonly onToggleEdit: () => void;
  readonly onSave: () => void;
  readonly onRename: () => void;
  readonly onDuplicate: () => void;
  readonly onDelete: () => void;
  readonly onAddWidget: () => void;
  readonly onLargeScreen: () => void;
  readonly onSaveFile: () => void;
  readonly onExport: (format: ExportDocumentFormat) => void;
  readonly onMonthlyReport: () => void;
}

const UNSAVED = 'unsaved';

export function DashboardToolbar(props: DashboardToolbarProps) {
  const { draft, saved, editing } = props;
  const { t } = useTranslation('dashboard-page');
  const { t: td } = useTranslation('dashboards');
  const current = draft.meta.id === undefined ? UNSAVED : String(draft.meta.id);
  const options = [...(draft.meta.id === undefined ? [{ value: UNSAVED, label: draft.meta.name }] : []), ...saved.map((d) => ({ value: String(d.id), label: d.name }))];
  const mod = navigator.platform.toLowerCase().includes('mac') ? '⌘' : 'Ctrl+';

  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }} data-testid="dashboard-toolbar">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Select
        value={current}
        style={{ minWidth: 200, maxWidth: 320 }}
        aria-label={t('switcher.label')}
        data-testid="dashboard-switcher"
        options={options}
        onChange={(value: string) => {
          if (value !== UNSAVED) props.onOpen(Number(value));
        }}
        labelRender={(item) => (
          <span>
            {item.label}
            {draft.meta.id === undefined ? (
              <Tag color="gold" style={{ marginInlineStart: 6 }}>
                {t('switcher.templateTag')}
              </Tag>
            ) : null}
          </span>
        )}
      />
      {draft.dirty ? <Typography.Text type="warning">●</Typography.Text> : null}
      <Dropdown
        trigger={['click']}
        menu={{
          items: TEMPLATE_IDS.map((id) => ({ key: id, label: td(`templates.names.${id}`), 'data-testid': `new-from-${id}` })),
          onClick: ({ key }) => props.onNewFromTemplate(key as TemplateId),
        }}
      >
        <Button icon={<PlusOutlined />} data-testid="dashboard-new">
          {t('switcher.newFromTemplate')}
        </Button>
      </Dropdown>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'rename', icon: <EditOutlined />, label: t('actions.rename'), disabled: draft.meta.id === undefined, onClick: props.onRename },
            { key: 'duplicate', icon: <CopyOutlined />, label: t('actions.duplicate'), onClick: props.onDuplicate },
            { key: 'delete', icon: <DeleteOutlined />, danger: true, label: t('actions.delete'), disabled: draft.meta.id === undefined, onClick: props.onDelete },
          ],
        }}
      >
        <Button icon={<MoreOutlined />} aria-label={t('actions.rename')} data-testid="dashboard-more" />
      </Dropdown>
      <span style={{ flex: 1 }} />
      <Space size={6} wrap>
        {editing ? (
          <>
            <Tooltip title={`${t('actions.undo')} (${mod}Z)`}>
              <Button icon={<UndoOutlined />} disabled={!draft.canUndo} onClick={draft.undo} aria-label={t('actions.undo')} data-testid="dashboard-undo" />
            </Tooltip>
            <Tooltip title={`${t('actions.redo')} (${mod}Shift+Z)`}>
              <Button icon={<RedoOutlined />} disabled={!draft.canRedo} onClick={draft.redo} aria-label={t('actions.redo')} data-testid="dashboard-redo" />
            </Tooltip>
            <Button icon={<AppstoreAddOutlined />} onClick={props.onAddWidget} data-testid="dashboard-add-widget">
              {t('actions.addWidget')}
            </Button>
          </>
        ) : null}
        <Button type={editing ? 'primary' : 'default'} ghost={editing} icon={<EditOutlined />} onClick={props.onToggleEdit} data-testid="dashboard-edit">
          {editing ? t('actions.done') : t('actions.edit')}
        </Button>
        <Tooltip title={`${mod}S`}>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={props.saving}
            disabled={!draft.dirty && draft.meta.id !== undefined}
            onClick={props.onSave}
            data-testid="dashboard-save"
          >
            {t('actions.save')}
          </Button>
        </Tooltip>
        <Button icon={<FullscreenOutlined />} onClick={props.onLargeScreen} data-testid="dashboard-large-screen">
          {t('actions.largeScreen')}
        </Button>
        <ExportMenu onExport={props.onExport} onMonthlyReport={props.onMonthlyReport} onSaveFile={props.onSaveFile} mod={mod} />
      </Space>
    </div>
  );
}
