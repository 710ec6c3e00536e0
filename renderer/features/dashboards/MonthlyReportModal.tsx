// 月度报告: the monthly churn report of one month, as a workbook or a PDF, in the chosen
// language. The month defaults to the last complete month before the data date; later months
// cannot be picked (the service still refuses a month outside the data, reportMonthOutOfRange).
// report.monthly runs as a job with progress and Cancel; the desktop app asks where to write,
// the browser host downloads the answer.
import { useEffect, useState } from 'react';
import { DatePicker, Modal, Space, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ExportLogo } from '../../../shared/contract/domains/exports';
import { formatDate } from '../../../shared/i18n/format';
import { useJob } from '../../api/use-job';
import { useLocale } from '../../i18n/use-locale';
import { ExportFormatFields, type ExportFormatChoice } from './ExportFormatFields';
import { ExportModalFooter } from './ExportModalFooter';
import { ExportOutcome } from './ExportOutcome';
import { LogoPicker } from './LogoPicker';
import { defaultReportMonth, isAfterLastComplete } from './report-month';
import { useExportDestination } from './use-export-destination';

export interface MonthlyReportModalProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** The snapshot date ('YYYY-MM-DD'), or null before the first refresh. */
  readonly dataDate: string | null;
}

const MONTH = 'YYYY-MM';

export function MonthlyReportModal({ open, onClose, dataDate }: MonthlyReportModalProps) {
  const { t } = useTranslation('export-page');
  const locale = useLocale();
  const job = useJob('report.monthly');
  const destination = useExportDestination();
  const [month, setMonth] = useState(() => defaultReportMonth(dataDate, new Date()));
  const [choice, setChoice] = useState<ExportFormatChoice>({ format: 'xlsx', language: locale, pageSize: 'A4' });
  const [logo, setLogo] = useState<ExportLogo | null>(null);

  const { reset } = job;
  const { clear } = destination;
  useEffect(() => {
    if (!open) return;
    reset();
    clear();
    setMonth(defaultReportMonth(dataDate, new Date()));
    setChoice((c) => ({ ...c, language: locale }));
  }, [open, reset, clear, dataDate, locale]);

  const run = async () => {
    if (job.running) return;
    const where = await destination.choose(t('report.title'), month, choice.format, 'report');
    if (where === null) return;
    const result = await job.start({
      month,
      format: choice.format,
      language: choice.language,
      pageSize: choice.pageSize,
      ...(logo ? { logo } : {}),
      ...(where.path ? { path: where.path } : {}),
    });
    destination.deliver(result);
  };

  const close = () => {
    if (job.running) job.cancel();
    onClose();
  };
  const result = job.status === 'done' ? job.result : null;
  return (
    <Modal
      open={open}
      title={t('report.title')}
      onCancel={close}
      destroyOnHidden
      width={600}
      data-testid="monthly-report-modal"
      footer={
        <ExportModalFooter
          done={result !== null}
          running={job.running}
          okIcon={<FileTextOutlined />}
          okText={t('report.ok')}
          onOk={() => void run()}
          onCancel={close}
          onClose={onClose}
          testId="monthly-report"
        />
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="monthly-report-form">
        <div>
          <Typography.Text strong>{t('report.month')}</Typography.Text>
          <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginTop: 4, flexWrap: 'wrap' }}>
            <DatePicker
              picker="month"
              allowClear={false}
              value={dayjs(month, MONTH)}
              onChange={(d) => {
                if (d) setMonth(d.format(MONTH));
              }}
              disabledDate={(d) => isAfterLastComplete(d.format(MONTH), dataDate)}
              disabled={job.running}
              aria-label={t('report.month')}
              data-testid="monthly-report-month"
              data-value={month}
              style={{ width: 140 }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12, flex: 1, minWidth: 200 }}>
              {dataDate ? t('report.monthHint', { date: formatDate(dataDate, locale) }) : t('report.monthNoData')}
            </Typography.Text>
          </div>
        </div>
        <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
          {t('report.contents')}
        </Typography.Paragraph>
        <ExportFormatFields value={choice} onChange={setChoice} disabled={job.running} hints={{ xlsx: t('report.xlsxHint'), pdf: t('report.pdfHint') }} testId="monthly-report" />
        <LogoPicker value={logo} onChange={setLogo} disabled={job.running} testId="monthly-report-logo" />
        <ExportOutcome
          running={job.running}
          runningTitle={t('report.running')}
          progress={job.progress}
          cancelling={job.cancelling}
          onCancel={job.cancel}
          errors={[job.error, destination.pickError]}
          result={result}
          doneText={(file, count) => (file.format === 'pdf' ? t('report.donePdf', { file: file.fileName, pages: count }) : t('report.doneXlsx', { file: file.fileName, count }))}
          onDownload={destination.deliver}
          testId="monthly-report"
        />
      </Space>
    </Modal>
  );
}
