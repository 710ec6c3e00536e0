// "Export by owner": the high-risk list as xlsx, one sheet per owner, of the warnings the inbox
// shows. The desktop app asks where to save first (export.pickSavePath); the browser host writes
// into its export folder and the page downloads the file. Progress and cancel while it runs.
import { App, Button, Tooltip } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { WarningFilter } from '../../../shared/contract/domains/warnings';
import { exportFileName } from '../../../shared/export/file-name';
import { electronBridge } from '../../api/bridge';
import { invoke } from '../../api/client';
import { useJob } from '../../api/use-job';
import { describeError } from '../../components/error-text';
import { JobProgress } from '../../components/JobProgress';
import { useLocale } from '../../i18n/use-locale';
import { startDownload } from '../../api/download';

/** Today in the analyst's time zone, for the suggested file name. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function ExportByOwnerButton({ filter, disabled }: { filter: WarningFilter; disabled: boolean }) {
  const { t } = useTranslation('warnings');
  const { t: tApp } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const job = useJob('warning.exportByOwner');

  const start = async () => {
    let path: string | undefined;
    if (electronBridge()) {
      try {
        const picked = await invoke('export.pickSavePath', { suggestedName: exportFileName(t('export.fileName'), today(), 'xlsx', 'warnings'), format: 'xlsx' });
        if (picked.path === null) return;
        path = picked.path;
      } catch (error) {
        void message.error(`${t('export.failed')}: ${describeError(error, tApp).summary}`);
        return;
      }
    }
    const result = await job.start({ filter, language: locale, ...(path ? { path } : {}) });
    if (!result) return;
    if (result.downloadId) startDownload(result.downloadId, result.fileName);
    void message.success({
      content: <span data-testid="export-done">{t('export.done', { rows: result.rows, sheets: result.sheets.length, file: result.path ?? result.fileName })}</span>,
    });
  };

  if (job.running) {
    return <JobProgress title={t('export.title')} progress={job.progress} onCancel={job.cancel} cancelling={job.cancelling} testId="export-progress" />;
  }
  return (
    <>
      <Tooltip title={t('export.hint')}>
        <Button icon={<DownloadOutlined />} onClick={() => void start()} disabled={disabled} data-testid="export-by-owner">
          {t('export.button')}
        </Button>
      </Tooltip>
      {job.error ? (
        <span data-testid="export-error" style={{ color: '#cf1322', fontSize: 12 }}>
          {t('export.failed')}: {describeError(job.error, tApp).summary}
        </span>
      ) : null}
    </>
  );
}
