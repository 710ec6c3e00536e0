// Export the dashboard on screen — the current spec, saved or not, with the filters in force —
// as an Excel workbook or a PDF: format, language of the file, paper, cover logo, whether lists
// carry every row. dashboard.export runs as a job (progress, Cancel); the desktop app asks where
// to write first, the browser host downloads the answer. A PDF on the desktop is Electron's own
// print of the window (export.printToPdf), so the dialog closes before the window is printed.
import { useEffect, useState } from 'react';
import { Alert, App, Checkbox, Modal, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ExportDocumentFormat, ExportLogo } from '../../../shared/contract/domains/exports';
import type { DashboardFilters, DashboardSpec } from '../../../shared/dashboards/dashboard';
import { invoke } from '../../api/client';
import { useJob } from '../../api/use-job';
import { useShortcutAction } from '../../app/shortcuts';
import { describeError } from '../../components/error-text';
import { useLocale } from '../../i18n/use-locale';
import { ExportFilterSummary } from './ExportFilterSummary';
import { ExportFormatFields, type ExportFormatChoice } from './ExportFormatFields';
import { ExportModalFooter } from './ExportModalFooter';
import { ExportOutcome } from './ExportOutcome';
import { LogoPicker } from './LogoPicker';
import type { CatalogLabels } from './use-catalog-labels';
import { localDate, useExportDestination } from './use-export-destination';

export interface ExportDashboardModalProps {
  readonly open: boolean;
  /** The format the menu entry chose; the dialog can still switch. */
  readonly initialFormat: ExportDocumentFormat;
  readonly onClose: () => void;
  readonly name: string;
  readonly spec: DashboardSpec;
  readonly filters: DashboardFilters;
  readonly dirty: boolean;
  readonly dataDate: string | null;
  readonly labels: CatalogLabels;
  readonly segmentName: (id: string) => string;
}

export function ExportDashboardModal(props: ExportDashboardModalProps) {
  const { open, onClose, name } = props;
  const { t } = useTranslation('export-page');
  const { t: tAll } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const job = useJob('dashboard.export');
  const destination = useExportDestination();
  const [choice, setChoice] = useState<ExportFormatChoice>({ format: props.initialFormat, language: locale, pageSize: 'A4' });
  const [logo, setLogo] = useState<ExportLogo | null>(null);
  const [fullLists, setFullLists] = useState(false);

  // Each opening starts from the menu's format and the UI's language, not the last run's answer.
  const { reset } = job;
  const { clear } = destination;
  useEffect(() => {
    if (!open) return;
    reset();
    clear();
    setChoice((c) => ({ ...c, format: props.initialFormat, language: locale }));
  }, [open, reset, clear, props.initialFormat, locale]);

  // The desktop PDF: the dialog hides first and the window is printed once it has fully closed
  // (Modal's afterClose), since Chromium prints what shows; then the page is told it closed.
  const [printPath, setPrintPath] = useState<string | null>(null);
  const printWindow = async (path: string) => {
    const key = 'dashboard-print-pdf';
    try {
      const printed = await invoke('export.printToPdf', { path, title: name, dataDate: props.dataDate, pageSize: choice.pageSize });
      void message.success({ content: t('dashboard.printed', { file: printed.path }), key });
    } catch (error) {
      void message.error({ content: `${t('form.failed')}: ${describeError(error, tAll).summary}`, key });
    }
    setPrintPath(null);
    onClose();
  };

  const run = async () => {
    if (job.running) return;
    const where = await destination.choose(name, localDate(new Date()), choice.format, t('title'));
    if (where === null) return;
    if (destination.desktop && choice.format === 'pdf' && where.path) {
      setPrintPath(where.path);
      return;
    }
    const result = await job.start({
      name,
      spec: props.spec,
      filters: props.filters,
      fullLists,
      format: choice.format,
      language: choice.language,
      pageSize: choice.pageSize,
      ...(logo ? { logo } : {}),
      ...(where.path ? { path: where.path } : {}),
    });
    destination.deliver(result);
  };
  // Ctrl/Cmd+E in the dialog runs it (once: after the answer only Close is offered).
  useShortcutAction('export', () => void run(), open && printPath === null && !job.running && job.status !== 'done');

  const close = () => {
    if (job.running) job.cancel();
    onClose();
  };
  const result = job.status === 'done' ? job.result : null;
  return (
    <Modal
      open={open && printPath === null}
      afterClose={() => {
        if (printPath !== null) void printWindow(printPath);
      }}
      title={<span title={t('dashboard.title', { name })}>{t('dashboard.title', { name })}</span>}
      onCancel={close}
      destroyOnHidden
      width={600}
      data-testid="export-dashboard-modal"
      footer={
        <ExportModalFooter
          done={result !== null}
          running={job.running}
          okIcon={<DownloadOutlined />}
          okText={t('dashboard.ok')}
          onOk={() => void run()}
          onCancel={close}
          onClose={onClose}
          testId="export-dashboard"
        />
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="export-dashboard-form">
        {props.dirty ? <Alert type="info" showIcon title={t('dashboard.unsaved')} /> : null}
        <ExportFormatFields
          value={choice}
          onChange={setChoice}
          disabled={job.running}
          hints={{ xlsx: t('dashboard.xlsxHint'), pdf: t('dashboard.pdfHint') }}
          testId="export-dashboard"
        />
        {choice.format === 'xlsx' ? (
          <div>
            <Checkbox checked={fullLists} onChange={(e) => setFullLists(e.target.checked)} disabled={job.running} data-testid="export-dashboard-full-lists">
              {t('dashboard.fullLists')}
            </Checkbox>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginInlineStart: 24 }}>
              {t('dashboard.fullListsHint')}
            </Typography.Text>
          </div>
        ) : null}
        {/* The desktop PDF prints the window: it has no cover to put a logo on. */}
        {destination.desktop && choice.format === 'pdf' ? null : <LogoPicker value={logo} onChange={setLogo} disabled={job.running} testId="export-dashboard-logo" />}
        <ExportFilterSummary filters={props.filters} labels={props.labels} segmentName={props.segmentName} />
        <ExportOutcome
          running={job.running}
          runningTitle={t('dashboard.running')}
          progress={job.progress}
          cancelling={job.cancelling}
          onCancel={job.cancel}
          errors={[job.error, destination.pickError]}
          result={result}
          doneText={(file, count) =>
            file.format === 'pdf' ? t('dashboard.donePdf', { file: file.fileName, pages: count }) : t('dashboard.doneXlsx', { file: file.fileName, count })
          }
          onDownload={destination.deliver}
          testId="export-dashboard"
        />
      </Space>
    </Modal>
  );
}
