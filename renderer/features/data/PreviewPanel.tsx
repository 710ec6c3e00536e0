// One staged file: how it is read (overridable), which of its tables is shown, and the sample.
import { Alert, Card, Segmented, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReaderOptions } from '../../../shared/contract/domains/import';
import { formatInteger } from '../../../shared/i18n/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AppError } from '../../../shared/contract/errors';
import type { MappingDraft } from './mapping-draft';
import { ReaderOptionsBar } from './ReaderOptionsBar';
import { SampleTable } from './SampleTable';
import type { StagedFile } from './staged-files';
import { WarningsList } from './WarningsList';
import { SkippedStatements } from './SkippedStatements';

export interface PreviewPanelProps {
  file: StagedFile;
  tableName: string | undefined;
  draft: MappingDraft | undefined;
  onSelectTable: (name: string) => void;
  onOptions: (options: ReaderOptions) => void;
}

/** Low confidence means the sniffer had to guess between legacy encodings. */
const CONFIDENT_ENCODING = 0.5;

export function PreviewPanel({ file, tableName, draft, onSelectTable, onOptions }: PreviewPanelProps) {
  const { t } = useTranslation('data');
  const { preview } = file;
  const table = preview?.tables.find((x) => x.name === tableName) ?? preview?.tables[0];

  if (file.stage === 'failed' && file.error) {
    return (
      <div data-testid="preview-error">
        <ErrorAlert error={AppError.fromPayload(file.error)} title={t('errors.previewFailed', { file: file.name })} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('files.removeFailed')}
        </Typography.Paragraph>
      </div>
    );
  }
  if (!preview) {
    const percent = file.size > 0 ? Math.floor((file.uploadedBytes / file.size) * 100) : 0;
    return (
      <Card size="small" data-testid="preview-loading">
        <Typography.Text type="secondary">{file.stage === 'uploading' ? t('files.uploading', { percent }) : t('files.previewing')}</Typography.Text>
        <Skeleton active paragraph={{ rows: 4 }} />
      </Card>
    );
  }

  const lowConfidence = preview.encodingConfidence !== null && preview.encodingConfidence < CONFIDENT_ENCODING;

  return (
    <Card
      size="small"
      data-testid="preview-panel"
      data-encoding={preview.encoding ?? ''}
      data-delimiter={preview.delimiter ?? ''}
      data-stage={file.stage}
      title={
        <span>
          {t('preview.title')}
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontWeight: 400 }}>
            {table ? t('preview.rowsShown', { count: table.sampleRows.length }) : null}
            {table ? ' · ' : null}
            {table?.rowCount !== null && table?.rowCount !== undefined ? t('preview.rowCount', { formatted: formatInteger(table.rowCount) }) : t('preview.rowCountUnknown')}
          </Typography.Text>
        </span>
      }
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 8 } }}
    >
      <ReaderOptionsBar preview={preview} table={table} options={file.options} allTables={file.allTables} disabled={file.stage !== 'ready'} onChange={onOptions} />
      {lowConfidence ? <Alert type="warning" showIcon title={t('preview.encodingLow')} data-testid="encoding-low" /> : null}
      {preview.tables.length > 1 ? (
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, overflowX: 'auto' }}>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {t('preview.table')}
          </Typography.Text>
          <Segmented
            size="small"
            aria-label={t('preview.pickTable')}
            data-testid="preview-table-picker"
            value={table?.name}
            onChange={(value) => onSelectTable(String(value))}
            options={preview.tables.map((x) => ({ value: x.name, label: x.name }))}
          />
        </div>
      ) : null}
      <SkippedStatements counts={preview.skippedStatements} label={t('preview.skipped')} />
      <WarningsList warnings={preview.warnings} counts={preview.warningCounts} />
      {table ? <SampleTable table={table} draft={draft} /> : <Typography.Text type="secondary">{t('preview.empty')}</Typography.Text>}
    </Card>
  );
}
