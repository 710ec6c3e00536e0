// Import campaign outcomes from a CSV or xlsx file as a job (campaign.importOutcomes) with
// progress and cancel. Into a chosen campaign, or — none chosen — a new campaign whose groups the
// file gives (an external experiment analysed here). Rejected rows are listed by row and column.
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../shared/contract/errors';
import type { Campaign } from '../../../shared/contract/domains/campaigns';
import { formatInteger } from '../../../shared/i18n/format';
import { pathOfFile } from '../../api/local-files';
import { uploadFile, uploadSupported } from '../../api/upload';
import { useJob } from '../../api/use-job';
import { asAppError } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { useLocale } from '../../i18n/use-locale';
import { rejectCodeText } from './reject-code';

const ACCEPT = '.csv,.txt,.tsv,.xlsx,.xls';
const NEW = '__new__';

export interface ImportOutcomesModalProps {
  open: boolean;
  campaigns: readonly Campaign[];
  /** Preselected campaign (the review's own import). */
  campaignId?: string;
  onClose: () => void;
  onImported: () => void;
  onOpen: (campaignId: string) => void;
}

export function ImportOutcomesModal({ open, campaigns, campaignId, onClose, onImported, onOpen }: ImportOutcomesModalProps) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const job = useJob('campaign.importOutcomes');
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [target, setTarget] = useState<string>(NEW);
  const [name, setName] = useState('');
  const [uploading, setUploading] = useState(false);
  const [fileError, setFileError] = useState<AppError | null>(null);

  const { reset } = job;
  useEffect(() => {
    if (!open) return;
    reset();
    setFile(null);
    setFileError(null);
    setTarget(campaignId ?? NEW);
    setName('');
  }, [open, reset, campaignId]);

  const run = async () => {
    if (!file) {
      setFileError(new AppError('INVALID_INPUT', t('importOutcomes.noFile')));
      return;
    }
    setFileError(null);
    let path = pathOfFile(file);
    if (path === null && uploadSupported()) {
      setUploading(true);
      try {
        path = (await uploadFile(file)).path;
      } catch (e) {
        setFileError(asAppError(e));
        return;
      } finally {
        setUploading(false);
      }
    }
    if (path === null) {
      setFileError(new AppError('INVALID_INPUT', t('importOutcomes.noFile')));
      return;
    }
    const trimmed = name.trim() || file.name.replace(/\.[^.]+$/, '').slice(0, 120);
    const result = await job.start(target === NEW ? { path, name: trimmed } : { path, campaignId: target });
    if (result) onImported();
  };

  const close = () => {
    if (job.running) job.cancel();
    onClose();
  };
  const busy = uploading || job.running;
  const result = job.status === 'done' ? job.result : null;
  return (
    <Modal
      open={open}
      title={t('importOutcomes.title')}
      width={720}
      onCancel={close}
      destroyOnHidden
      data-testid="outcomes-import-modal"
      footer={
        result ? (
          <Space>
            <Button onClick={onClose}>{t('common.close')}</Button>
            <Button type="primary" onClick={() => onOpen(result.campaign.id)} data-testid="outcomes-import-open">
              {t('importOutcomes.openCampaign')}
            </Button>
          </Space>
        ) : (
          <Space>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" onClick={() => void run()} loading={busy} disabled={file === null} data-testid="outcomes-import-start">
              {t('importOutcomes.start')}
            </Button>
          </Space>
        )
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('importOutcomes.hint')}</Typography.Text>
        <Form layout="vertical" size="small">
          <Form.Item label={t('importOutcomes.campaign')}>
            <Select
              value={target}
              onChange={setTarget}
              disabled={busy || result !== null}
              showSearch={{ optionFilterProp: 'label' }}
              options={[{ value: NEW, label: t('importOutcomes.newFromFile') }, ...campaigns.map((c) => ({ value: c.id, label: c.name }))]}
              data-testid="outcomes-import-campaign"
            />
          </Form.Item>
          {target === NEW ? (
            <Form.Item label={t('importOutcomes.name')}>
              <Input
                value={name}
                maxLength={120}
                placeholder={file?.name.replace(/\.[^.]+$/, '')}
                onChange={(e) => setName(e.target.value)}
                disabled={busy}
                data-testid="outcomes-import-name"
              />
            </Form.Item>
          ) : null}
        </Form>
        <Space>
          <Button icon={<UploadOutlined />} onClick={() => input.current?.click()} disabled={busy} data-testid="outcomes-import-pick">
            {t('importOutcomes.pick')}
          </Button>
          {file ? <Typography.Text data-testid="outcomes-import-file">{t('importOutcomes.picked', { file: file.name })}</Typography.Text> : null}
        </Space>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          data-testid="outcomes-import-input"
          onChange={(e) => {
            const picked = e.target.files?.[0];
            if (picked) {
              setFile(picked);
              job.reset();
            }
            e.target.value = '';
          }}
        />
        {uploading ? <Typography.Text type="secondary">{t('importOutcomes.uploading')}</Typography.Text> : null}
        {job.running ? (
          <JobProgress title={t('importOutcomes.running')} progress={job.progress} onCancel={job.cancel} cancelling={job.cancelling} testId="outcomes-import-progress" />
        ) : null}
        {fileError ? <ErrorAlert error={fileError} title={t('importOutcomes.failed')} /> : null}
        {job.error ? <ErrorAlert error={job.error} title={t('importOutcomes.failed')} /> : null}
        {result ? (
          <Alert
            type={result.rejected > 0 ? 'warning' : 'success'}
            showIcon
            data-testid="outcomes-import-done"
            data-imported={result.imported}
            data-rejected={result.rejected}
            data-campaign-id={result.campaign.id}
            title={t('importOutcomes.done', { imported: formatInteger(result.imported, locale), rows: formatInteger(result.rows, locale) })}
            description={[
              result.created ? t('importOutcomes.created', { name: result.campaign.name }) : null,
              result.rejected > 0 ? t('importOutcomes.rejected', { count: result.rejected }) : null,
            ]
              .filter((x) => x !== null)
              .join(' · ')}
          />
        ) : null}
        {result && result.rejects.length > 0 ? (
          <Table
            size="small"
            rowKey={(r) => `${r.row}-${r.column ?? ''}-${r.code}`}
            dataSource={result.rejects}
            pagination={result.rejects.length > 8 ? { pageSize: 8, size: 'small' } : false}
            data-testid="outcomes-import-rejects"
            columns={[
              { key: 'row', title: t('importOutcomes.row'), dataIndex: 'row', width: 70 },
              { key: 'column', title: t('importOutcomes.column'), render: (_, r) => r.column ?? '—', width: 120 },
              { key: 'code', title: t('importOutcomes.reason'), render: (_, r) => rejectCodeText(r.code, locale) },
              { key: 'value', title: t('importOutcomes.value'), render: (_, r) => r.value ?? '—' },
            ]}
          />
        ) : null}
      </Space>
    </Modal>
  );
}
