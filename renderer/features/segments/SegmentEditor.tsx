// The Segments page's editor: helper D's SegmentBuilder with the page's toolbar — Save (Ctrl/
// Cmd+S), Save as…, Freeze as list, Export, back to the list — and a guard against leaving with
// unsaved changes. A static list has no rule to edit: it shows what can be done with it instead.
import { useCallback, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Descriptions, Space, Tag, Tooltip, Typography, theme } from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, FilterOutlined, LockOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/contract/errors';
import { formatInteger } from '../../../shared/i18n/format';
import type { FilterNode } from '../../../shared/query/ast';
import { SEGMENT_SCHEMA_VERSION, type Segment } from '../../../shared/segments/definition';
import { SEGMENT_TEMPLATES, type SegmentTemplate } from '../../../shared/segments/templates';
import { invoke } from '../../api/client';
import { asAppError } from '../../api/use-operation';
import { customerHref, customersBySegmentsHref } from '../../app/routes';
import { useShortcutAction } from '../../app/shortcuts';
import { useLeaveGuard } from './use-leave-guard';
import { SegmentDot } from '../../components/SegmentTag';
import { useLocale } from '../../i18n/use-locale';
import { SegmentBuilder } from './builder/SegmentBuilder';
import { brokenReason } from './broken-reason';
import { ruleKey } from './editor-state';
import { ExportModal } from './ExportModal';
import { FreezeModal } from './FreezeModal';
import { SegmentMetaModal, emptyMeta, type SegmentMeta } from './SegmentMetaModal';
import { useTemplateText } from './template-text';

export interface SegmentEditorProps {
  /** The saved segment or list being edited; null for a new one. */
  segment: Segment | null;
  template?: SegmentTemplate;
  knownTags: readonly string[];
  onBack: () => void;
  onSaved: (segment: Segment) => void;
  /** A freeze made a new list: the list page shows it. */
  onFrozen: (list: Segment) => void;
}

type Dialog = 'save' | 'saveAs' | 'freeze' | 'export' | null;

export function SegmentEditor({ segment, template, knownTags, onBack, onSaved, onFrozen }: SegmentEditorProps) {
  const { t } = useTranslation('segment-lists');
  const { t: tc } = useTranslation();
  const locale = useLocale();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const templateText = useTemplateText();
  const initialFilter = segment?.definition?.filter ?? template?.filter;
  const [filter, setFilter] = useState<FilterNode | null>(initialFilter ?? null);
  const [baseline, setBaseline] = useState(() => (segment ? ruleKey(initialFilter) : ''));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<AppError | null>(null);
  // The builder may restate the starting rule in its own shape on mount; until the analyst
  // touches it, what it reports is the baseline, not an edit.
  const interacted = useRef(false);

  const isList = segment?.kind === 'list';
  const dirty = !isList && ruleKey(filter) !== baseline;
  const canUseRule = filter !== null;

  // A new segment (even one from a template) is unsaved as soon as it has a rule.
  const isNew = segment === null;
  const onChange = useCallback(
    (next: FilterNode | null) => {
      setFilter(next);
      if (!interacted.current && !isNew) setBaseline(ruleKey(next));
    },
    [isNew],
  );

  const { confirmLeave, markLeaving } = useLeaveGuard(dirty);

  const back = () => {
    if (!dirty) {
      onBack();
      return;
    }
    confirmLeave(onBack);
  };

  const persist = async (meta: SegmentMeta, id: number | undefined) => {
    if (!filter) return;
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await invoke('segment.save', { ...meta, ...(id === undefined ? {} : { id }), definition: { schemaVersion: SEGMENT_SCHEMA_VERSION, filter } });
      setBaseline(ruleKey(filter));
      // The page may move to the saved segment's address: that is not leaving unsaved work.
      markLeaving();
      setDialog(null);
      void message.success(t('editor.saved', { name: saved.name }));
      onSaved(saved);
    } catch (e) {
      setSaveError(asAppError(e));
      // A refusal on a direct save (a name taken by a rename elsewhere …) opens the form to fix it.
      if (id !== undefined) setDialog('save');
    } finally {
      setSaving(false);
    }
  };

  const save = () => {
    if (!canUseRule || saving || isList) return;
    if (segment) void persist({ name: segment.name, description: segment.description, tags: segment.tags, color: segment.color }, segment.id);
    else {
      setSaveError(null);
      setDialog('save');
    }
  };
  useShortcutAction('save', save, dialog === null && !isList);
  useShortcutAction('export', () => setDialog('export'), dialog === null && (canUseRule || isList));

  // A saved, unchanged segment is exported and frozen by id (its members as the service knows
  // them); anything else by the rule on screen.
  const source = segment && !dirty ? { segmentId: segment.id } : filter ? { filter } : null;
  const templateName = template ? templateText(template.labelKey) : '';
  const title = segment
    ? segment.kind === 'list'
      ? t('editor.listTitle', { name: segment.name })
      : t('editor.editTitle', { name: segment.name })
    : templateName || t('editor.newTitle');
  const metaInitial = useMemo<SegmentMeta>(
    () =>
      segment
        ? { name: segment.name, description: segment.description, tags: segment.tags, color: segment.color }
        : template
          ? { ...emptyMeta, name: templateName, description: templateText(template.descriptionKey), color: template.color }
          : emptyMeta,
    [segment, template, templateName, templateText],
  );
  const saveAsInitial = useMemo<SegmentMeta>(
    () => ({ ...metaInitial, name: segment ? `${segment.name}${t('meta.copySuffix')}`.slice(0, 80) : metaInitial.name }),
    [metaInitial, segment, t],
  );

  const toolbar = (
    <Space size={6} wrap>
      {dirty ? (
        <Tag color="warning" data-testid="segment-unsaved" style={{ marginInlineEnd: 0 }}>
          {t('editor.unsaved')}
        </Tag>
      ) : null}
      <Tooltip title={canUseRule ? t('editor.saveShortcut') : t('editor.incomplete')}>
        <Button size="small" type="primary" icon={<SaveOutlined />} onClick={save} disabled={!canUseRule} loading={saving && dialog === null} data-testid="segment-save">
          {t('editor.save')}
        </Button>
      </Tooltip>
      <Button size="small" onClick={() => setDialog('saveAs')} disabled={!canUseRule} data-testid="segment-save-as">
        {t('editor.saveAs')}
      </Button>
      <Button size="small" icon={<LockOutlined />} onClick={() => setDialog('freeze')} disabled={!canUseRule} data-testid="segment-freeze">
        {t('editor.freeze')}
      </Button>
      <Button size="small" icon={<DownloadOutlined />} onClick={() => setDialog('export')} disabled={!canUseRule} data-testid="segment-export">
        {t('editor.export')}
      </Button>
    </Space>
  );

  return (
    <div
      data-testid="segment-editor"
      data-segment-id={segment?.id ?? ''}
      data-dirty={dirty ? 'true' : 'false'}
      style={{ display: 'flex', flexDirection: 'column', gap: 8, minHeight: 0 }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Button type="text" size="small" icon={<ArrowLeftOutlined />} onClick={back} data-testid="segment-back">
          {t('editor.back')}
        </Button>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="segment-editor-title">
          <Space size={6}>
            {segment ? <SegmentDot color={segment.color} /> : null}
            {title}
          </Space>
        </Typography.Title>
      </div>
      {segment?.broken ? <Alert type="error" showIcon title={t('editor.brokenTitle')} description={brokenReason(segment.broken, tc)} data-testid="segment-editor-broken" /> : null}
      {isList && segment ? (
        <div style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 24 }} data-testid="segment-list-detail">
          <Typography.Paragraph type="secondary">{t('editor.listReadOnly')}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={2}
            style={{ maxWidth: 720, marginBottom: 16 }}
            items={[
              { key: 'size', label: t('list.columns.size'), children: <span data-testid="segment-list-size">{formatInteger(segment.size ?? 0, locale)}</span> },
              { key: 'kind', label: t('list.columns.kind'), children: t('list.kind.list') },
              { key: 'tags', label: t('list.columns.tags'), children: segment.tags.join(locale === 'zh-CN' ? '、' : ', ') || '—' },
              { key: 'unknown', label: t('list.unknownIds'), children: formatInteger(segment.unknownMembers ?? 0, locale) },
              ...(segment.description ? [{ key: 'description', label: t('meta.description'), children: segment.description, span: 2 }] : []),
            ]}
          />
          <Space>
            <Button icon={<FilterOutlined />} href={customersBySegmentsHref([segment.id])}>
              {t('list.actions.filterCustomers')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => setDialog('export')} data-testid="segment-export">
              {t('editor.export')}
            </Button>
          </Space>
        </div>
      ) : (
        <div onPointerDownCapture={() => (interacted.current = true)} onKeyDownCapture={() => (interacted.current = true)} style={{ display: 'contents' }}>
          <SegmentBuilder
            // A new template or segment is a new canvas (the builder reads initialFilter once).
            key={segment ? `segment-${segment.id}` : `new-${template?.id ?? ''}`}
            initialFilter={initialFilter}
            templates={SEGMENT_TEMPLATES}
            onChange={onChange}
            toolbar={toolbar}
            onOpenCustomer={(id) => {
              const open = () => (window.location.hash = customerHref(id));
              if (dirty) confirmLeave(open);
              else open();
            }}
          />
        </div>
      )}

      <SegmentMetaModal
        open={dialog === 'save' || dialog === 'saveAs'}
        title={dialog === 'saveAs' ? t('meta.saveAsTitle') : t('meta.saveTitle')}
        initial={dialog === 'saveAs' ? saveAsInitial : metaInitial}
        knownTags={knownTags}
        busy={saving}
        error={saveError}
        testId="segment-save-modal"
        onSubmit={(meta) => void persist(meta, dialog === 'save' ? segment?.id : undefined)}
        onCancel={() => setDialog(null)}
      />
      <FreezeModal
        open={dialog === 'freeze'}
        source={source}
        baseName={segment?.name ?? (templateName || t('editor.newTitle'))}
        color={segment?.color ?? template?.color ?? 'blue'}
        tags={segment?.tags ?? []}
        knownTags={knownTags}
        onDone={(list) => {
          setDialog(null);
          void message.success(t('freeze.done', { name: list.name, n: formatInteger(list.size ?? 0, locale) }));
          onFrozen(list);
        }}
        onCancel={() => setDialog(null)}
      />
      <ExportModal
        open={dialog === 'export'}
        source={isList && segment ? { segmentId: segment.id } : source}
        name={segment?.name ?? (templateName || t('export.unsavedName'))}
        onClose={() => setDialog(null)}
      />
    </div>
  );
}
