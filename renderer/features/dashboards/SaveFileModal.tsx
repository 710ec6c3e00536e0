// "Save as dashboard file…": k (groups under k merged into 其他/Other), whether lists keep their
// full detail, which saved dashboards to package; runs dashboard.saveFile as a job with progress
// and cancel. The desktop app asks where to write; the browser host downloads the file.
import { useEffect, useState } from 'react';
import { Alert, Checkbox, Form, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DEFAULT_K_ANONYMITY } from '../../../shared/contract/domains/dashboards';
import type { AppError } from '../../../shared/contract/errors';
import { electronBridge } from '../../api/bridge';
import { invoke } from '../../api/client';
import { useJob } from '../../api/use-job';
import { asAppError } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { startDownload } from '../../api/download';

export interface SaveFileModalProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly saved: readonly { id: number; name: string }[];
  readonly currentId: number | undefined;
}

export function SaveFileModal({ open, onClose, saved, currentId }: SaveFileModalProps) {
  const { t } = useTranslation('dashboard-page');
  const job = useJob('dashboard.saveFile');
  const [k, setK] = useState(DEFAULT_K_ANONYMITY);
  const [includeDetail, setIncludeDetail] = useState(false);
  const [ids, setIds] = useState<number[]>([]);
  const [pickError, setPickError] = useState<AppError | null>(null);
  const { reset } = job;
  useEffect(() => {
    if (!open) return;
    reset();
    setIds(currentId === undefined ? [] : [currentId]);
  }, [open, reset, currentId]);

  const run = async () => {
    if (ids.length === 0 || job.running) return;
    setPickError(null);
    let path: string | undefined;
    if (electronBridge()) {
      try {
        const name = saved.find((d) => d.id === ids[0])?.name ?? 'dashboard';
        const { path: chosen } = await invoke('export.pickSavePath', { suggestedName: name, format: 'churndash' });
        if (chosen === null) return;
        path = chosen;
      } catch (error) {
        setPickError(asAppError(error));
        return;
      }
    }
    const result = await job.start({ ids, kAnonymity: k, includeDetail, ...(path ? { path } : {}) });
    if (result?.downloadId) startDownload(result.downloadId, result.fileName);
  };
  const close = () => {
    if (job.running) job.cancel();
    onClose();
  };
  const result = job.status === 'done' ? job.result : null;
  return (
    <Modal
      open={open}
      title={t('saveFile.title')}
      okText={t('saveFile.ok')}
      cancelText={t('saveFile.cancel')}
      onOk={() => void run()}
      onCancel={close}
      okButtonProps={{ disabled: ids.length === 0, loading: job.running, 'data-testid': 'save-file-ok' }}
      destroyOnHidden
      data-testid="save-file-modal"
    >
      <Form layout="vertical">
        {saved.length === 0 ? <Alert type="info" showIcon title={t('saveFile.needSaved')} style={{ marginBottom: 12 }} /> : null}
        <Form.Item label={t('saveFile.dashboards')}>
          <Checkbox.Group value={ids} onChange={(v) => setIds(v.map(Number))} options={saved.map((d) => ({ value: d.id, label: d.name }))} data-testid="save-file-dashboards" />
        </Form.Item>
        <Form.Item label={t('saveFile.k')}>
          <InputNumber min={1} max={1000} value={k} onChange={(n) => setK(n ?? DEFAULT_K_ANONYMITY)} data-testid="save-file-k" />
        </Form.Item>
        <Form.Item extra={t('saveFile.includeDetailHint')}>
          <Checkbox checked={includeDetail} onChange={(e) => setIncludeDetail(e.target.checked)} data-testid="save-file-detail">
            {t('saveFile.includeDetail')}
          </Checkbox>
        </Form.Item>
      </Form>
      {job.running ? <JobProgress title={t('saveFile.title')} progress={job.progress} onCancel={job.cancel} cancelling={job.cancelling} testId="save-file-progress" /> : null}
      {job.error ? <ErrorAlert error={job.error} /> : null}
      {pickError ? <ErrorAlert error={pickError} /> : null}
      {result ? (
        <Typography.Text type="success" data-testid="save-file-done">
          {t('saveFile.done', { file: result.fileName })}
        </Typography.Text>
      ) : null}
    </Modal>
  );
}
