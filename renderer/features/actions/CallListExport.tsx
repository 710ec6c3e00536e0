// The treatment group's call list, one sheet per owner (campaign.exportCallList as a job). The
// desktop app asks where to save first (export.pickSavePath); the browser host answers a
// download id and the file is downloaded.
import { useState, type ReactNode } from 'react';
import { Alert, Button, Space } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/contract/domains/campaigns';
import type { AppError } from '../../../shared/contract/errors';
import { exportFileName } from '../../../shared/export/file-name';
import { formatInteger } from '../../../shared/i18n/format';
import { electronBridge } from '../../api/bridge';
import { invoke } from '../../api/client';
import { useJob } from '../../api/use-job';
import { asAppError } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { useLocale } from '../../i18n/use-locale';
import { startDownload } from '../../api/download';
import { today } from './member-edit';

export interface CallListExportProps {
  campaign: Campaign;
  /** Buttons beside the export button (the review's import). */
  beside?: ReactNode;
}

export function CallListExport({ campaign, beside }: CallListExportProps) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const job = useJob('campaign.exportCallList');
  const [pickError, setPickError] = useState<AppError | null>(null);

  const run = async () => {
    if (job.running) return;
    setPickError(null);
    let path: string | undefined;
    if (electronBridge()) {
      try {
        const { path: chosen } = await invoke('export.pickSavePath', { suggestedName: exportFileName(campaign.name, today(), 'xlsx', 'campaign'), format: 'xlsx' });
        if (chosen === null) return;
        path = chosen;
      } catch (e) {
        setPickError(asAppError(e));
        return;
      }
    }
    const result = await job.start({ id: campaign.id, language: locale, ...(path ? { path } : {}) });
    if (result?.downloadId) startDownload(result.downloadId, result.fileName);
  };

  const result = job.status === 'done' ? job.result : null;
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={() => void run()} loading={job.running} disabled={campaign.groups.treatment === 0} data-testid="call-list-export">
          {t('review.exportCallList')}
        </Button>
        {beside}
      </Space>
      {job.running ? <JobProgress title={t('review.exporting')} progress={job.progress} onCancel={job.cancel} cancelling={job.cancelling} testId="call-list-progress" /> : null}
      {job.error ? <ErrorAlert error={job.error} title={t('review.exportFailed')} /> : null}
      {pickError ? <ErrorAlert error={pickError} title={t('review.exportFailed')} /> : null}
      {result ? (
        <Alert
          type="success"
          showIcon
          style={{ maxWidth: 640 }}
          data-testid="call-list-done"
          data-rows={result.rows}
          data-sheets={result.sheets.length}
          title={t('review.exported', { rows: formatInteger(result.rows, locale), sheets: result.sheets.length })}
          description={
            result.downloadId ? (
              <Button type="link" style={{ paddingInline: 0 }} icon={<DownloadOutlined />} onClick={() => startDownload(result.downloadId ?? '', result.fileName)}>
                {t('review.download', { file: result.fileName })}
              </Button>
            ) : result.path ? (
              t('review.savedTo', { path: result.path })
            ) : null
          }
        />
      ) : null}
    </Space>
  );
}
