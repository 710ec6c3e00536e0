// The Segments page's list: every saved segment and list, searchable and filterable by tag, with
// its row actions (edit, rename, duplicate, delete, freeze, export, filter customers) and the
// page's ways to start (new, from a template, import a list of ids).
import { useMemo, useState } from 'react';
import { Alert, App, Button, Empty, Input, Select, Space, Typography, theme } from 'antd';
import { AppstoreAddOutlined, PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/contract/errors';
import { formatDate, formatInteger } from '../../../shared/i18n/format';
import type { Segment } from '../../../shared/segments/definition';
import type { SegmentTemplate } from '../../../shared/segments/templates';
import { invoke } from '../../api/client';
import { asAppError } from '../../api/use-operation';
import { customersBySegmentsHref } from '../../app/routes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocale } from '../../i18n/use-locale';
import { ExportModal } from './ExportModal';
import { FreezeModal } from './FreezeModal';
import { ImportListModal, type ImportListResult } from './ImportListModal';
import { SegmentMetaModal, type SegmentMeta } from './SegmentMetaModal';
import { SegmentTable, type SegmentAction } from './SegmentTable';
import { TemplatePickerModal } from './TemplatePickerModal';

export interface SegmentListViewProps {
  segments: readonly Segment[] | null;
  asOf: string | null;
  total: number | null;
  loading: boolean;
  error: AppError | undefined;
  reload: () => void;
  onOpen: (segment: Segment) => void;
  onNew: (template?: SegmentTemplate) => void;
}

type Dialog = { kind: 'rename' | 'freeze' | 'export'; segment: Segment } | { kind: 'import' } | { kind: 'templates' } | null;

function matches(segment: Segment, search: string, tags: readonly string[]): boolean {
  if (tags.length > 0 && !tags.every((tag) => segment.tags.includes(tag))) return false;
  if (!search) return true;
  const q = search.toLocaleLowerCase();
  return [segment.name, segment.description, ...segment.tags].some((text) => text.toLocaleLowerCase().includes(q));
}

export function SegmentListView({ segments, asOf, total, loading, error, reload, onOpen, onNew }: SegmentListViewProps) {
  const { t } = useTranslation('segment-lists');
  const locale = useLocale();
  const { token } = theme.useToken();
  const { modal, message } = App.useApp();
  const [search, setSearch] = useState('');
  const [tagFilter, setTagFilter] = useState<string[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [renameError, setRenameError] = useState<AppError | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [actionError, setActionError] = useState<AppError | null>(null);
  const [imported, setImported] = useState<ImportListResult | null>(null);

  const all = useMemo(() => segments ?? [], [segments]);
  const knownTags = useMemo(() => [...new Set(all.flatMap((s) => s.tags))].sort((a, b) => a.localeCompare(b, locale)), [all, locale]);
  const shown = useMemo(() => all.filter((s) => matches(s, search.trim(), tagFilter)), [all, search, tagFilter]);

  const remove = (segment: Segment) => {
    const users = segment.usedBy.map((u) => `${t(`users.${u.kind}`)} “${u.name}”`);
    modal.confirm({
      title: t('list.deleteTitle', { name: segment.name }),
      content: (
        <div data-testid="segment-delete-confirm">
          <div>{t('list.deleteBody')}</div>
          {users.length > 0 ? (
            <>
              <div style={{ marginTop: 8 }}>{t('list.deleteUsedBy')}</div>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                {users.map((u) => (
                  <li key={u}>{u}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ),
      okText: t('list.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('meta.cancel'),
      onOk: async () => {
        try {
          await invoke('segment.delete', { id: segment.id });
          void message.success(t('list.deleted', { name: segment.name }));
          reload();
        } catch (e) {
          // A refusal (segmentInUse) names who uses it, in the analyst's language, above the table.
          setActionError(asAppError(e));
        }
      },
    });
  };

  const act = (action: SegmentAction, segment: Segment) => {
    // A new action replaces the last one's refusal.
    setActionError(null);
    switch (action) {
      case 'open':
        onOpen(segment);
        return;
      case 'filterCustomers':
        window.location.hash = customersBySegmentsHref([segment.id]);
        return;
      case 'delete':
        remove(segment);
        return;
      case 'duplicate':
        invoke('segment.duplicate', { id: segment.id }).then(
          (copy) => {
            void message.success(t('list.duplicated', { name: copy.name }));
            reload();
          },
          (e: unknown) => setActionError(asAppError(e)),
        );
        return;
      default:
        setRenameError(null);
        setDialog({ kind: action, segment });
    }
  };

  const rename = async (segment: Segment, meta: SegmentMeta) => {
    setRenaming(true);
    try {
      const saved = await invoke('segment.rename', { id: segment.id, ...meta });
      setDialog(null);
      void message.success(t('list.renamed', { name: saved.name }));
      reload();
    } catch (e) {
      setRenameError(asAppError(e));
    } finally {
      setRenaming(false);
    }
  };

  const empty = segments !== null && all.length === 0;
  return (
    <div data-testid="segment-list" style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 16 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', marginBottom: 12 }}>
        <Input
          allowClear
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder={t('list.search')}
          aria-label={t('list.searchLabel')}
          prefix={<SearchOutlined style={{ color: token.colorTextTertiary }} />}
          style={{ width: 220 }}
          data-testid="segment-search"
        />
        <Select
          mode="multiple"
          allowClear
          value={tagFilter}
          onChange={setTagFilter}
          options={knownTags.map((tag) => ({ value: tag, label: tag }))}
          placeholder={t('list.tagFilter')}
          aria-label={t('list.tagFilter')}
          style={{ width: 170 }}
          maxTagCount="responsive"
          data-testid="segment-tag-filter"
        />
        <Typography.Text type="secondary" data-testid="segment-list-count">
          {t('list.count', { n: formatInteger(all.length, locale) })}
          {asOf ? ` · ${t('list.asOf', { date: formatDate(asOf, locale) })}` : ''}
        </Typography.Text>
        <Space style={{ marginLeft: 'auto' }} wrap>
          <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })} data-testid="segment-import">
            {t('list.importList')}
          </Button>
          <Button icon={<AppstoreAddOutlined />} onClick={() => setDialog({ kind: 'templates' })} data-testid="segment-new-template">
            {t('list.newFromTemplate')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => onNew()} data-testid="segment-new">
            {t('list.newSegment')}
          </Button>
        </Space>
      </div>
      {imported ? (
        <Alert
          type={imported.unknown > 0 ? 'warning' : 'success'}
          showIcon
          closable={{ onClose: () => setImported(null) }}
          style={{ marginBottom: 12 }}
          data-testid="segment-import-result"
          data-imported={imported.imported}
          data-unknown={imported.unknown}
          title={t('import.done', { imported: formatInteger(imported.imported, locale), name: imported.segment.name })}
          description={
            imported.unknown > 0
              ? `${t('import.unknown', { n: formatInteger(imported.unknown, locale) })}${imported.unknownExamples.length ? ` ${t('import.unknownExamples', { ids: imported.unknownExamples.slice(0, 5).join(locale === 'zh-CN' ? '、' : ', ') })}` : ''}`
              : undefined
          }
        />
      ) : null}
      {error ? <ErrorAlert error={error} title={t('list.loadFailed')} onRetry={reload} /> : null}
      {actionError ? (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={actionError} title={t('list.actionFailed')} />
        </div>
      ) : null}
      {empty ? (
        <Empty
          data-testid="segment-list-empty"
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <div style={{ maxWidth: 520, margin: '0 auto' }}>
              <div style={{ fontWeight: 600, marginBottom: 4 }}>{t('list.emptyTitle')}</div>
              <div>{t('list.emptyHint')}</div>
            </div>
          }
        >
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => onNew()}>
              {t('list.newSegment')}
            </Button>
            <Button icon={<AppstoreAddOutlined />} onClick={() => setDialog({ kind: 'templates' })}>
              {t('list.newFromTemplate')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
              {t('list.importList')}
            </Button>
          </Space>
        </Empty>
      ) : shown.length === 0 && segments !== null ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('list.noMatch')} data-testid="segment-list-no-match" />
      ) : segments === null && error ? null : (
        <SegmentTable segments={shown} total={total} loading={loading && segments === null} onAction={act} />
      )}

      {dialog?.kind === 'rename' ? (
        <SegmentMetaModal
          open
          title={t('meta.renameTitle')}
          initial={{ name: dialog.segment.name, description: dialog.segment.description, tags: dialog.segment.tags, color: dialog.segment.color }}
          knownTags={knownTags}
          busy={renaming}
          error={renameError}
          testId="segment-rename-modal"
          onSubmit={(meta) => void rename(dialog.segment, meta)}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      <FreezeModal
        open={dialog?.kind === 'freeze'}
        source={dialog?.kind === 'freeze' ? { segmentId: dialog.segment.id } : null}
        baseName={dialog?.kind === 'freeze' ? dialog.segment.name : ''}
        color={dialog?.kind === 'freeze' ? dialog.segment.color : 'blue'}
        tags={dialog?.kind === 'freeze' ? dialog.segment.tags : []}
        knownTags={knownTags}
        onDone={(list) => {
          setDialog(null);
          void message.success(t('freeze.done', { name: list.name, n: formatInteger(list.size ?? 0, locale) }));
          reload();
        }}
        onCancel={() => setDialog(null)}
      />
      <ExportModal
        open={dialog?.kind === 'export'}
        source={dialog?.kind === 'export' ? { segmentId: dialog.segment.id } : null}
        name={dialog?.kind === 'export' ? dialog.segment.name : ''}
        onClose={() => setDialog(null)}
      />
      <ImportListModal
        open={dialog?.kind === 'import'}
        knownTags={knownTags}
        onDone={(result) => {
          setDialog(null);
          setImported(result);
          reload();
        }}
        onCancel={() => setDialog(null)}
      />
      <TemplatePickerModal
        open={dialog?.kind === 'templates'}
        onPick={(template) => {
          setDialog(null);
          onNew(template);
        }}
        onCancel={() => setDialog(null)}
      />
    </div>
  );
}
