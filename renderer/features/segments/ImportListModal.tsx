// Import a static list from a CSV or xlsx file of customer ids. In the browser the file is
// uploaded first (the host reads it by the path it stored it under, as the Data page does); in
// the desktop app the file is read where it lies. The import itself is a job with progress.
import { useEffect, useRef, useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../shared/contract/errors';
import type { OperationOutput } from '../../../shared/contract/operations';
import { pathOfFile } from '../../api/local-files';
import { uploadFile, uploadSupported } from '../../api/upload';
import { useJob } from '../../api/use-job';
import { asAppError } from '../../api/use-operation';
import { JobProgress } from '../../components/JobProgress';
import { emptyMeta, SegmentMetaModal, type SegmentMeta } from './SegmentMetaModal';

export type ImportListResult = OperationOutput<'segment.importList'>;

export interface ImportListModalProps {
  open: boolean;
  knownTags: readonly string[];
  onDone: (result: ImportListResult) => void;
  onCancel: () => void;
}

const ACCEPT = '.csv,.txt,.tsv,.xlsx,.xls';

export function ImportListModal({ open, knownTags, onDone, onCancel }: ImportListModalProps) {
  const { t } = useTranslation('segment-lists');
  const job = useJob('segment.importList');
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<AppError | null>(null);
  const [initial, setInitial] = useState<SegmentMeta>(emptyMeta);

  const { reset } = job;
  useEffect(() => {
    if (!open) return;
    reset();
    setFile(null);
    setUploadError(null);
    setInitial(emptyMeta);
  }, [open, reset]);

  const pick = (picked: File | undefined) => {
    if (!picked) return;
    setFile(picked);
    setUploadError(null);
    // The list is named after its file until the analyst types a name.
    setInitial((m) => ({ ...m, name: m.name || picked.name.replace(/\.[^.]+$/, '').slice(0, 80) }));
  };

  const submit = async (meta: SegmentMeta) => {
    if (!file) {
      setUploadError(new AppError('INVALID_INPUT', t('import.noFile')));
      return;
    }
    let path = pathOfFile(file);
    if (path === null && uploadSupported()) {
      setUploading(true);
      try {
        path = (await uploadFile(file)).path;
      } catch (e) {
        setUploadError(asAppError(e));
        return;
      } finally {
        setUploading(false);
      }
    }
    if (path === null) {
      setUploadError(new AppError('INVALID_INPUT', t('import.noFile')));
      return;
    }
    const result = await job.start({ ...meta, path });
    if (result) onDone(result);
  };

  const busy = uploading || job.running;
  return (
    <SegmentMetaModal
      open={open}
      title={t('import.title')}
      initial={initial}
      knownTags={knownTags}
      busy={busy}
      error={job.error ?? uploadError}
      okText={t('import.start')}
      okDisabled={file === null}
      testId="segment-import-modal"
      onSubmit={(meta) => void submit(meta)}
      onCancel={() => {
        if (job.running) job.cancel();
        onCancel();
      }}
      intro={
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('import.hint')}</Typography.Text>
          <Space>
            <Button icon={<UploadOutlined />} onClick={() => input.current?.click()} disabled={busy} data-testid="segment-import-pick">
              {t('import.pick')}
            </Button>
            {file ? <Typography.Text data-testid="segment-import-file">{t('import.picked', { file: file.name })}</Typography.Text> : null}
          </Space>
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            hidden
            data-testid="segment-import-input"
            onChange={(e) => {
              pick(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </Space>
      }
    >
      {uploading ? <Typography.Text type="secondary">{t('import.uploading')}</Typography.Text> : null}
      {job.running ? <JobProgress title={t('import.running')} progress={job.progress} onCancel={job.cancel} cancelling={job.cancelling} testId="segment-import-progress" /> : null}
    </SegmentMetaModal>
  );
}
