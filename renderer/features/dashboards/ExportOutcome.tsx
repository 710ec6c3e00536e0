// What an export dialog shows under its form: the running job's progress (phase labels from
// jobs:phases.*, Cancel), the error in the analyst's words, or the finished file — its name and
// sheet or page count, and a link to download it again (browser) or where it was saved (desktop).
import { Alert, Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ExportedFile } from '../../../shared/contract/domains/exports';
import type { AppError } from '../../../shared/contract/errors';
import type { JobProgress as Progressing } from '../../../shared/contract/events';
import { formatInteger } from '../../../shared/i18n/format';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { useLocale } from '../../i18n/use-locale';

export interface ExportOutcomeProps {
  readonly running: boolean;
  readonly runningTitle: string;
  readonly progress: Progressing | null;
  readonly cancelling: boolean;
  readonly onCancel: () => void;
  readonly errors: readonly (AppError | null)[];
  readonly result: ExportedFile | null;
  /** The success line: `doneXlsx` / `donePdf` keys of the dialog's section. */
  readonly doneText: (file: ExportedFile, count: string) => string;
  readonly onDownload: (file: ExportedFile) => void;
  readonly testId: string;
}

export function ExportOutcome(props: ExportOutcomeProps) {
  const { t } = useTranslation('export-page');
  const locale = useLocale();
  const { result, testId } = props;
  return (
    <>
      {props.running ? (
        <JobProgress title={props.runningTitle} progress={props.progress} onCancel={props.onCancel} cancelling={props.cancelling} testId={`${testId}-progress`} />
      ) : null}
      {props.errors.map((error, i) => (error ? <ErrorAlert key={i} error={error} title={t('form.failed')} /> : null))}
      {result ? (
        <Alert
          type="success"
          showIcon
          data-testid={`${testId}-done`}
          data-file={result.fileName}
          data-sheets={result.sheets.length}
          data-sheet-list={JSON.stringify(result.sheets)}
          data-pages={result.pages ?? ''}
          title={props.doneText(result, formatInteger(result.format === 'pdf' ? (result.pages ?? 0) : result.sheets.length, locale))}
          description={
            result.downloadId ? (
              <Button
                type="link"
                style={{ paddingInline: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                icon={<DownloadOutlined />}
                onClick={() => props.onDownload(result)}
                data-testid={`${testId}-download`}
              >
                {t('form.download', { file: result.fileName })}
              </Button>
            ) : result.path ? (
              <span style={{ wordBreak: 'break-all' }}>{t('form.savedTo', { path: result.path })}</span>
            ) : null
          }
        />
      ) : null}
    </>
  );
}
