// The Dashboards page (workspace mode): the saved dashboards or, when there are none, the
// 流失预警驾驶舱 template unsaved; filters, linkage and drill on every widget; the layout editor;
// large-screen mode; Export (Excel / PDF, Ctrl/Cmd+E; "Save as dashboard file…") and 月度报告.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, App, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardRecord } from '../../../shared/contract/domains/dashboards';
import type { ExportDocumentFormat } from '../../../shared/contract/domains/exports';
import type { TemplateId } from '../../../shared/dashboards/dashboard';
import { invoke } from '../../api/client';
import { useOperation } from '../../api/use-operation';
import { customersFilteredHref } from '../../app/filter-param';
import { customerHref } from '../../app/routes';
import { useShortcutAction } from '../../app/shortcuts';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NoDataState } from '../../components/NoDataState';
import { NoSnapshotState } from '../../components/NoSnapshotState';
import { describeError } from '../../components/error-text';
import { RefreshScoresButton } from '../../components/RefreshScoresButton';
import { formatDate } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { DashboardBody } from './DashboardBody';
import { DashboardToolbar } from './DashboardToolbar';
import { ExportDashboardModal } from './ExportDashboardModal';
import { MonthlyReportModal } from './MonthlyReportModal';
import { workspaceSource } from './data-source';
import { drillThroughFilter } from './drill-through';
import { EMPTY_FILTERS } from './filter-state';
import { LargeScreen } from './LargeScreen';
import { NameModal } from './NameModal';
import { SaveFileModal } from './SaveFileModal';
import { DashboardEditing } from './DashboardEditing';
import { applyLayout, deleteWidget, duplicateWidget } from './spec-edit';
import { useCatalogLabels } from './use-catalog-labels';
import { useDashboardData } from './use-dashboard-data';
import { useDashboardDraft } from './use-dashboard-draft';
import { useEditKeys } from './use-edit-keys';
import { useLeaveGuard } from './use-leave-guard';

type NamePrompt = { readonly mode: 'save' | 'rename' | 'duplicate'; readonly initial: string } | null;

export default function DashboardsPage() {
  const { t } = useTranslation('dashboard-page');
  const { t: tAll } = useTranslation();
  const { t: td } = useTranslation('dashboards');
  const { t: ts } = useTranslation('scoring');
  const locale = useLocale();
  const { message, modal } = App.useApp();
  const list = useOperation('dashboard.list', {});
  const catalog = useOperation('catalog.describe', {});
  const segments = useOperation('segment.list', {});
  const draft = useDashboardDraft(td('templates.names.cockpit'));
  const [filters, setFilters] = useState(EMPTY_FILTERS);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [namePrompt, setNamePrompt] = useState<NamePrompt>(null);
  const [largeScreen, setLargeScreen] = useState(false);
  const [saveFileOpen, setSaveFileOpen] = useState(false);
  const [exportFormat, setExportFormat] = useState<ExportDocumentFormat | null>(null);
  const [reportOpen, setReportOpen] = useState(false);
  const [widgetAction, setWidgetAction] = useState<{ kind: 'gallery' } | { kind: 'edit'; widgetId: string } | null>(null);
  const [opened, setOpened] = useState(false);
  const labels = useCatalogLabels(catalog.data);
  const data = useDashboardData(workspaceSource, draft.spec.widgets, filters);
  useLeaveGuard(draft.dirty);

  const saved = useMemo(() => list.data?.dashboards ?? [], [list.data]);
  const openRecord = useCallback(
    (rec: DashboardRecord) => {
      draft.openRecord(rec);
      setFilters(EMPTY_FILTERS);
    },
    [draft],
  );
  const open = useCallback(
    (id: number) => {
      const go = () => invoke('dashboard.get', { id }).then(openRecord, (e: unknown) => void message.error(describeError(e, tAll).summary));
      if (draft.dirty) modal.confirm({ title: t('leaveGuard'), onOk: go });
      else void go();
    },
    [draft.dirty, modal, message, openRecord, t, tAll],
  );
  // The first saved dashboard opens on arrival; with none, the cockpit template stays.
  useEffect(() => {
    if (opened || !list.data) return;
    setOpened(true);
    const first = list.data.dashboards[0];
    if (first) open(first.id);
  }, [list.data, opened, open]);

  const newFromTemplate = (id: TemplateId) => {
    const go = () => {
      draft.openTemplate(id, td(`templates.names.${id}`));
      setFilters(EMPTY_FILTERS);
    };
    if (draft.dirty) modal.confirm({ title: t('leaveGuard'), onOk: go });
    else go();
  };

  const saveAs = async (name: string, id?: number) => {
    const rec = await invoke('dashboard.save', id === undefined ? { name, spec: draft.spec } : { id, name, spec: draft.spec });
    draft.saved(rec);
    list.reload();
    void message.success(t('saved', { name: rec.name }));
  };
  const save = () => {
    if (draft.meta.id === undefined) {
      setNamePrompt({ mode: 'save', initial: draft.meta.name });
      return;
    }
    setSaving(true);
    saveAs(draft.meta.name, draft.meta.id).then(
      () => setSaving(false),
      (e: unknown) => {
        setSaving(false);
        void message.error(describeError(e, tAll).summary);
      },
    );
  };
  useShortcutAction('save', save, !largeScreen);
  // Ctrl/Cmd+E opens the Excel export; inside the dialog the dialog's own handler (newer) runs it.
  useShortcutAction('export', () => setExportFormat('xlsx'), !largeScreen && exportFormat === null && !reportOpen);
  useEditKeys(editing && !largeScreen, draft);

  const onName = async (name: string) => {
    if (!namePrompt) return;
    if (namePrompt.mode === 'duplicate') await saveAs(name);
    else await saveAs(name, namePrompt.mode === 'rename' ? draft.meta.id : undefined);
    setNamePrompt(null);
  };
  const remove = () => {
    const id = draft.meta.id;
    if (id === undefined) return;
    modal.confirm({
      title: t('actions.deleteConfirm', { name: draft.meta.name }),
      okButtonProps: { danger: true },
      onOk: async () => {
        await invoke('dashboard.delete', { id });
        void message.success(t('deleted'));
        draft.openTemplate('cockpit', td('templates.names.cockpit'));
        setOpened(false);
        list.reload();
      },
    });
  };

  const segmentName = useCallback((id: string) => segments.data?.segments.find((s) => String(s.id) === id)?.name ?? id, [segments.data]);
  const customerFields = useMemo(() => new Set((catalog.data?.fields ?? []).filter((f) => f.source === 'customer').map((f) => f.id)), [catalog.data]);
  const error = data.error ?? catalog.error;
  const noWorkspace = (error as { code?: string } | null)?.code === 'NO_WORKSPACE';
  const notice = error && !noWorkspace ? <ErrorAlert error={error} onRetry={data.reload} /> : null;
  // Before the first refresh there is no snapshot: the refresh is offered instead of zeros.
  const noSnapshot = !error && !data.loading && data.byWidget.size > 0 && data.asOf === null;

  return (
    <div data-testid="dashboard-page" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <DashboardToolbar
        draft={draft}
        saved={saved}
        editing={editing}
        saving={saving}
        onOpen={open}
        onNewFromTemplate={newFromTemplate}
        onToggleEdit={() => setEditing((e) => !e)}
        onSave={save}
        onRename={() => setNamePrompt({ mode: 'rename', initial: draft.meta.name })}
        onDuplicate={() => setNamePrompt({ mode: 'duplicate', initial: `${draft.meta.name} (2)` })}
        onDelete={remove}
        onAddWidget={() => setWidgetAction({ kind: 'gallery' })}
        onLargeScreen={() => setLargeScreen(true)}
        onSaveFile={() => setSaveFileOpen(true)}
        onExport={setExportFormat}
        onMonthlyReport={() => setReportOpen(true)}
      />
      {data.asOf ? (
        <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
          <Typography.Text type="secondary" data-testid="dashboard-as-of" data-value={data.asOf}>
            {ts('common.snapshotAsOf', { date: formatDate(data.asOf, locale) })}
          </Typography.Text>
          <RefreshScoresButton onDone={data.reload} />
        </div>
      ) : null}
      {draft.meta.id === undefined ? <Alert type="warning" showIcon banner title={t('templateBanner')} data-testid="dashboard-template-banner" /> : null}
      {noWorkspace ? (
        <NoDataState reason="noWorkspace" />
      ) : noSnapshot ? (
        <NoSnapshotState hint={tAll('dashboard.noSnapshotHint')} onRefreshed={data.reload} testId="dashboard-no-snapshot" />
      ) : !catalog.data ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : (
        <DashboardBody
          spec={draft.spec}
          source={workspaceSource}
          data={data}
          catalog={catalog.data}
          labels={labels}
          filters={filters}
          onFilters={setFilters}
          segments={(segments.data?.segments ?? []).map((s) => ({ id: s.id, name: s.name }))}
          editing={editing}
          notice={notice}
          onLayout={(items) => draft.edit(applyLayout(draft.spec, items))}
          onOpenCustomer={(id) => (window.location.hash = customerHref(id))}
          onOpenInCustomers={(widget) => (window.location.hash = customersFilteredHref(drillThroughFilter(widget, filters, customerFields)))}
          onEdit={(widget) => setWidgetAction({ kind: 'edit', widgetId: widget.id })}
          onDuplicate={(widget) => draft.edit(duplicateWidget(draft.spec, widget.id))}
          onDelete={(widget) => draft.edit(deleteWidget(draft.spec, widget.id))}
        />
      )}
      <NameModal open={namePrompt !== null} initial={namePrompt?.initial ?? ''} onOk={onName} onCancel={() => setNamePrompt(null)} />
      {catalog.data ? (
        <DashboardEditing action={widgetAction} onClose={() => setWidgetAction(null)} draft={draft} catalog={catalog.data} labels={labels} filters={filters} />
      ) : null}
      {largeScreen && catalog.data ? (
        <LargeScreen
          spec={draft.spec}
          title={draft.meta.name}
          source={workspaceSource}
          catalog={catalog.data}
          labels={labels}
          filters={filters}
          onFilters={setFilters}
          onExit={() => setLargeScreen(false)}
          rotation={saved.map((d) => d.id)}
          onRotate={open}
        />
      ) : null}
      <SaveFileModal open={saveFileOpen} onClose={() => setSaveFileOpen(false)} saved={saved} currentId={draft.meta.id} />
      <ExportDashboardModal
        open={exportFormat !== null}
        initialFormat={exportFormat ?? 'xlsx'}
        onClose={() => setExportFormat(null)}
        name={draft.meta.name}
        spec={draft.spec}
        filters={filters}
        dirty={draft.dirty}
        dataDate={data.asOf}
        labels={labels}
        segmentName={segmentName}
      />
      <MonthlyReportModal open={reportOpen} onClose={() => setReportOpen(false)} dataDate={data.asOf} />
    </div>
  );
}
