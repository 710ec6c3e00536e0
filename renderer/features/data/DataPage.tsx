// The Data page (PRODUCT.md §6): drop or pick files → preview with detected encoding, delimiter,
// sheets and header row (each overridable) → mapping onto the canonical tables, pre-filled from
// the suggestion or a saved mapping → import with progress and cancel → result with rejected
// rows → history. Files dropped on any page arrive here through file-intake.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, App, ConfigProvider, Steps, Tabs, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConvertSettings, ImportMode } from '../../../shared/contract/domains/import';
import { useOperation } from '../../api/use-operation';
import { localFilesSupported } from '../../api/local-files';
import { uploadSupported } from '../../api/upload';
import { asAppError } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useJob } from '../../api/use-job';
import { DropOverlay } from './DropOverlay';
import { FilePicker, openFilePicker } from './FilePicker';
import { FileTabs } from './FileTabs';
import { onIntake } from './file-intake';
import { ImportBar, type ImportBlock } from './ImportBar';
import { ImportHistory } from './ImportHistory';
import { ImportProgressCard } from './ImportProgressCard';
import { ImportResultView } from './ImportResultView';
import { MappingEditor } from './MappingEditor';
import { PreviewPanel } from './PreviewPanel';
import { SavedMappings } from './SavedMappings';
import { importBlocker } from './staged-files';
import { sentExplicitly, toTableMapping } from './mapping-draft';
import { useElapsedSeconds } from './use-elapsed';
import { useStagedFiles } from './use-staged-files';

type TabKey = 'import' | 'history';

export default function DataPage() {
  const { t } = useTranslation('data');
  const { token } = theme.useToken();
  const rootRef = useRef<HTMLDivElement>(null);
  const staged = useStagedFiles();
  const job = useJob('import.run');
  const workspace = useOperation('workspace.info', {});
  const saved = useOperation('mapping.list', {});
  const [tab, setTab] = useState<TabKey>('import');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [tableByFile, setTableByFile] = useState<Record<string, string>>({});
  const [mode, setMode] = useState<ImportMode>('append');
  const [settings, setSettings] = useState<ConvertSettings>({ dayFirst: false, decimalComma: false });
  const { message } = App.useApp();
  const canUpload = uploadSupported();
  const local = localFilesSupported();

  const { addFiles, pickLocal } = staged;
  const pick = useCallback(() => {
    if (!local) {
      openFilePicker(rootRef.current);
      return;
    }
    pickLocal().then(
      (ids) => {
        if (ids[0]) setActiveId(ids[0]);
      },
      (error: unknown) => void message.error(`${t('errors.pickFailed')}: ${asAppError(error).message}`),
    );
  }, [local, pickLocal, message, t]);
  useEffect(
    () =>
      onIntake((intake) => {
        setTab('import');
        if (intake.kind === 'pick') {
          pick();
          return;
        }
        const ids = addFiles(intake.files);
        if (ids[0]) setActiveId(ids[0]);
      }),
    [addFiles, pick],
  );

  const running = job.running;
  const elapsed = useElapsedSeconds(job.startedAt);
  const finished = job.status === 'done' ? job.result : null;
  // A new import id makes the history reload; -1 before any import in this visit.
  const historyVersion = finished?.importId ?? -1;

  const files = staged.files;
  const active = files.find((f) => f.id === activeId) ?? files[0];
  const activeTable = active ? (tableByFile[active.id] ?? active.preview?.tables[0]?.name) : undefined;
  const previewTable = active?.preview?.tables.find((x) => x.name === activeTable) ?? active?.preview?.tables[0];
  const draft = active?.drafts.find((d) => d.table === previewTable?.name);

  const noWorkspace = workspace.error?.code === 'NO_WORKSPACE';
  const readOnly = workspace.data?.readOnly === true;
  const blocked: ImportBlock = noWorkspace ? 'workspace' : readOnly ? 'readOnly' : importBlocker(files);

  const onFiles = (list: File[]) => {
    const ids = addFiles(list);
    if (ids[0]) setActiveId(ids[0]);
  };

  const start = () => {
    void job.start({
      files: files.map((f) => ({
        path: f.path ?? '',
        options: f.options,
        // Untouched drafts equal what the host picks by itself ('auto'), which records where the
        // mapping came from (saved / suggested); only the analyst's edits are sent explicitly.
        tables: f.drafts.filter(sentExplicitly).map(toTableMapping),
      })),
      mapping: 'auto',
      mode,
      settings,
    });
  };

  const again = () => {
    job.reset();
    staged.clear();
    setActiveId(null);
    setTableByFile({});
  };

  const step = files.length === 0 ? 0 : running ? 2 : finished ? 3 : 1;

  let body;
  if (finished) {
    body = <ImportResultView result={finished} onAgain={again} onHistory={() => setTab('history')} />;
  } else if (files.length === 0) {
    body = <FilePicker onFiles={onFiles} onPick={local ? pick : undefined} disabled={!canUpload && !local} />;
  } else {
    body = (
      <div style={{ display: 'flex', flexDirection: 'column', gap: 10 }}>
        <FileTabs
          files={files}
          activeId={active?.id ?? null}
          onSelect={setActiveId}
          onRemove={(id) => {
            if (!running) staged.remove(id);
          }}
          extra={running ? null : <FilePicker compact onFiles={onFiles} onPick={local ? pick : undefined} disabled={!canUpload && !local} />}
        />
        {/* Nothing about the files or the mapping may change under a running import. */}
        <ConfigProvider componentDisabled={running}>
          {active ? (
            <PreviewPanel
              file={active}
              tableName={activeTable}
              draft={draft}
              onSelectTable={(name) => setTableByFile((m) => ({ ...m, [active.id]: name }))}
              onOptions={(options) => staged.setOptions(active.id, options)}
            />
          ) : null}
          {active && previewTable && draft ? (
            <MappingEditor
              table={previewTable}
              draft={draft}
              disabled={running}
              sourceLabel={active.preview?.tables.length === 1 && !previewTable.sheet ? active.name : previewTable.name}
              onChange={(next) => staged.setDraft(active.id, next)}
              extra={
                <SavedMappings
                  fileName={active.name}
                  drafts={active.drafts}
                  saved={saved.data?.mappings ?? []}
                  onApply={(drafts) => staged.setDrafts(active.id, drafts)}
                  onSaved={saved.reload}
                />
              }
            />
          ) : null}
        </ConfigProvider>
        {job.status === 'cancelled' ? <Alert type="info" showIcon closable title={t('outcome.cancelled')} data-testid="import-cancelled" /> : null}
        {job.status === 'failed' ? <ErrorAlert error={job.error} title={t('outcome.failed')} /> : null}
        {running ? (
          <ImportProgressCard progress={job.progress} elapsedSeconds={elapsed} cancelling={job.cancelling} onCancel={job.cancel} />
        ) : (
          <ImportBar mode={mode} onMode={setMode} settings={settings} onSettings={setSettings} blocked={blocked} onStart={start} />
        )}
      </div>
    );
  }

  return (
    <div ref={rootRef} data-testid="data-page" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        {tab === 'import' ? (
          <Steps
            size="small"
            current={step}
            style={{ marginLeft: 'auto', maxWidth: 520 }}
            items={[{ title: t('steps.pick') }, { title: t('steps.map') }, { title: t('steps.run') }, { title: t('steps.result') }]}
          />
        ) : null}
      </div>
      {noWorkspace ? <Alert type="warning" showIcon title={t('workspace.none')} data-testid="no-workspace" /> : null}
      {readOnly ? <Alert type="warning" showIcon title={t('workspace.readOnly')} /> : null}
      <div style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: '4px 12px 12px' }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key === 'history' ? 'history' : 'import')}
          data-testid="data-tabs"
          items={[
            { key: 'import', label: t('tabs.import'), children: body },
            { key: 'history', label: t('tabs.history'), children: <ImportHistory version={historyVersion} /> },
          ]}
        />
      </div>
      {(canUpload || local) && !running && !finished ? <DropOverlay /> : null}
    </div>
  );
}
