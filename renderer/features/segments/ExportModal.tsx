// Export a segment's call list (xlsx or CSV, UTF-8 or GB18030) as a job with progress and cancel.
// The desktop app writes where its Save dialog says, when the preload offers one; the browser
// host answers a download id and the file comes through the download route.
import { useEffect, useState } from 'react';
import { Alert, Button, Modal, Radio, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SegmentSource } from '../../../shared/contract/domains/segments';
import { formatInteger } from '../../../shared/i18n/format';
import { electronBridge } from '../../api/bridge';
import { invoke } from '../../api/client';
import { asAppError } from '../../api/use-operation';
import type { AppError } from '../../../shared/contract/errors';
import { useJob } from '../../api/use-job';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { useShortcutAction } from '../../app/shortcuts';
import { useLocale } from '../../i18n/use-locale';
import { startDownload } from '../../api/download';

type Format = 'xlsx' | 'csv';
type Encoding = 'utf8' | 'gb18030';

export interface ExportModalProps {
  open: boolean;
  /** What to export: a saved segment, or the editor's unsaved rule. */
  source: SegmentSource | null;
  name: string;
  onClose: () => void;
}

/** A file name for the Save dialog's suggestion: the segment's name without path characters. */
function suggestedName(name: string, format: Format): string {
  // Characters no file system accepts, and control characters, become '_'.
  const safe = Array.from(name, (ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? '_' : ch)).join('');
  const base = safe.trim() || 'segment';
  return `${base}.${format}`;
}

export function ExportModal({ open, source, name, onClose }: ExportModalProps) {
  const { t } = useTranslation('segment-lists');
  const locale = useLocale();
  const job = useJob('segment.export');
  const [format, setFormat] = useState<Format>('xlsx');
  const [encoding, setEncoding] = useState<Encoding>('utf8');
  const [pickError, setPickError] = useState<AppError | null>(null);

  // A new opening starts from the form, not from the last export's answer.
  const { reset } = job;
  useEffect(() => {
    if (open) reset();
  }, [open, reset]);

  const run = async () => {
    if (!source || job.running) return;
    setPickError(null);
    let path: string | undefined;
    // The desktop app asks where to write (its main process answers with the native Save dialog).
    if (electronBridge()) {
      try {
        const { path: chosen } = await invoke('export.pickSavePath', { suggestedName: suggestedName(name, format), format });
        if (chosen === null) return;
        path = chosen;
      } catch (error) {
        setPickError(asAppError(error));
        return;
      }
    }
    const result = await job.start({ source, format, encoding: format === 'csv' ? encoding : 'utf8', language: locale, ...(path ? { path } : {}) });
    if (result?.downloadId) startDownload(result.downloadId, result.fileName);
  };
  useShortcutAction('export', () => void run(), open && !job.running);

  const result = job.status === 'done' ? job.result : null;
  const close = () => {
    if (job.running) job.cancel();
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('export.title', { name })}
      onCancel={close}
      destroyOnHidden
      data-testid="segment-export-modal"
      footer={
        result ? (
          <Button type="primary" onClick={onClose} data-testid="segment-export-close">
            {t('export.close')}
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>{t('meta.cancel')}</Button>
            <Button type="primary" icon={<DownloadOutlined />} onClick={() => void run()} loading={job.running} disabled={!source} data-testid="segment-export-start">
              {t('export.start')}
            </Button>
          </Space>
        )
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('export.contents')}</Typography.Text>
        <Space size={24} wrap>
          <Space orientation="vertical" size={4}>
            <Typography.Text strong>{t('export.format')}</Typography.Text>
            <Radio.Group value={format} onChange={(e) => setFormat(e.target.value as Format)} disabled={job.running} data-testid="segment-export-format">
              <Radio value="xlsx">{t('export.xlsx')}</Radio>
              <Radio value="csv">{t('export.csv')}</Radio>
            </Radio.Group>
          </Space>
          {format === 'csv' ? (
            <Space orientation="vertical" size={4}>
              <Typography.Text strong>{t('export.encoding')}</Typography.Text>
              <Radio.Group value={encoding} onChange={(e) => setEncoding(e.target.value as Encoding)} disabled={job.running} data-testid="segment-export-encoding">
                <Radio value="utf8">{t('export.utf8')}</Radio>
                <Radio value="gb18030">{t('export.gb18030')}</Radio>
              </Radio.Group>
            </Space>
          ) : null}
        </Space>
        {job.running ? (
          <JobProgress title={t('export.running')} progress={job.progress} onCancel={job.cancel} cancelling={job.cancelling} testId="segment-export-progress" />
        ) : null}
        {job.error ? <ErrorAlert error={job.error} title={t('export.failed')} /> : null}
        {pickError ? <ErrorAlert error={pickError} title={t('export.failed')} /> : null}
        {result ? (
          <Alert
            type="success"
            showIcon
            data-testid="segment-export-done"
            data-rows={result.rows}
            title={t('export.done', { rows: formatInteger(result.rows, locale) })}
            description={
              result.downloadId ? (
                <Button
                  type="link"
                  style={{ paddingInline: 0 }}
                  icon={<DownloadOutlined />}
                  onClick={() => startDownload(result.downloadId ?? '', result.fileName)}
                  data-testid="segment-export-download"
                >
                  {t('export.download', { file: result.fileName })}
                </Button>
              ) : result.path ? (
                t('export.savedTo', { path: result.path })
              ) : null
            }
          />
        ) : null}
      </Space>
    </Modal>
  );
}
