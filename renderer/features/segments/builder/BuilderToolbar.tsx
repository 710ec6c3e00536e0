// The builder's toolbar: undo / redo, "Start from a template" (the seeds' segments and the RFM
// segments, each loaded as one undoable step), clear, then whatever the page adds (Save …).
import { AppstoreAddOutlined, ClearOutlined, RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Tooltip, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterNode } from '../../../../shared/query/ast';
import { useLocale } from '../../../i18n/use-locale';
import { messageText } from './message-lookup';
import type { BuilderState } from './use-builder-state';

export interface BuilderTemplate {
  readonly id: string;
  readonly labelKey: string;
  readonly descriptionKey: string;
  readonly filter: FilterNode;
  /** shared/segments/templates.ts tells the seeds' segments from the RFM ones; others list as seeds. */
  readonly group?: 'seed' | 'rfm';
}

interface BuilderToolbarProps {
  readonly state: BuilderState;
  readonly templates: readonly BuilderTemplate[];
  readonly extra?: ReactNode;
}

export function BuilderToolbar({ state, templates, extra }: BuilderToolbarProps) {
  const { t } = useTranslation('segment-builder');
  const locale = useLocale();
  const { token } = theme.useToken();
  const item = (template: BuilderTemplate) => ({
    key: template.id,
    label: (
      <div style={{ maxWidth: 360 }} data-testid={`segment-template-${template.id}`}>
        <div>{messageText(locale, template.labelKey)}</div>
        {/* Two lines keep the menu scannable; the whole description is the tooltip. */}
        <div
          style={{
            fontSize: 12,
            lineHeight: '18px',
            maxHeight: 36,
            color: token.colorTextSecondary,
            whiteSpace: 'normal',
            display: '-webkit-box',
            WebkitLineClamp: 2,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
          }}
          title={messageText(locale, template.descriptionKey)}
        >
          {messageText(locale, template.descriptionKey)}
        </div>
      </div>
    ),
  });
  const seeds = templates.filter((tpl) => tpl.group !== 'rfm');
  const rfm = templates.filter((tpl) => tpl.group === 'rfm');
  const items = [
    ...(seeds.length > 0 ? [{ type: 'group' as const, key: 'seed', label: t('toolbar.templatesSeed'), children: seeds.map(item) }] : []),
    ...(rfm.length > 0 ? [{ type: 'group' as const, key: 'rfm', label: t('toolbar.templatesRfm'), children: rfm.map(item) }] : []),
  ];
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
      <Space.Compact>
        <Tooltip title={t('toolbar.undoHint')}>
          <Button size="small" icon={<UndoOutlined />} disabled={!state.canUndo} onClick={state.undo} aria-label={t('toolbar.undo')} data-testid="segment-undo" />
        </Tooltip>
        <Tooltip title={t('toolbar.redoHint')}>
          <Button size="small" icon={<RedoOutlined />} disabled={!state.canRedo} onClick={state.redo} aria-label={t('toolbar.redo')} data-testid="segment-redo" />
        </Tooltip>
      </Space.Compact>
      <Dropdown
        trigger={['click']}
        disabled={templates.length === 0}
        menu={{
          items,
          onClick: ({ key }) => state.load(templates.find((tpl) => tpl.id === key)?.filter),
          style: { maxHeight: 420, overflowY: 'auto' },
        }}
      >
        <Button size="small" icon={<AppstoreAddOutlined />} data-testid="segment-templates">
          {t('toolbar.templates')}
        </Button>
      </Dropdown>
      <Button size="small" icon={<ClearOutlined />} disabled={state.draft.root.children.length === 0} onClick={() => state.load(undefined)} data-testid="segment-clear">
        {t('toolbar.clear')}
      </Button>
      <span style={{ flex: 1 }} />
      {extra}
    </div>
  );
}
