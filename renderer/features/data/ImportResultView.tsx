// The finished import: totals, per-table counts, warnings and skipped statements, and every
// rejected row (paged, exportable).
import { Alert, Button, Card, Space, Typography } from 'antd';
import { HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../shared/contract/domains/import';
import { formatInteger } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { formatDuration } from './progress-math';
import { RejectsTable } from './RejectsTable';
import { TablesCountTable } from './TablesCountTable';
import { WarningsList } from './WarningsList';
import { SkippedStatements } from './SkippedStatements';
import { RefreshScoresButton } from '../../components/RefreshScoresButton';

export interface ImportResultViewProps {
  result: ImportResult;
  onAgain: () => void;
  onHistory: () => void;
}

export function ImportResultView({ result, onAgain, onHistory }: ImportResultViewProps) {
  const { t } = useTranslation('data');
  const locale = useLocale();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="import-result" data-import-id={result.importId}>
      <Alert
        type={result.rowsRejected > 0 ? 'warning' : 'success'}
        showIcon
        title={
          <span>
            <Typography.Text strong>{t('result.title')}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
              {t('result.importId', { id: result.importId })}
            </Typography.Text>
          </span>
        }
        description={
          <span data-testid="result-summary" data-read={result.rowsRead} data-imported={result.rowsImported} data-rejected={result.rowsRejected}>
            {t('result.summary', {
              read: formatInteger(result.rowsRead),
              imported: formatInteger(result.rowsImported),
              rejected: formatInteger(result.rowsRejected),
              time: formatDuration(result.durationMs / 1000, locale),
            })}
            {result.customersCreated > 0 ? ` ${t('result.customersCreatedText', { n: formatInteger(result.customersCreated) })}` : null}
            {result.savedMapping ? ` ${t('result.savedMapping', { name: result.savedMapping })}` : null}
            {result.orders.fromLines ? (
              <span data-testid="result-lines-grouped" data-lines={result.orders.fromLines.lines} data-orders={result.orders.fromLines.orders}>
                {` ${t('result.linesGrouped', { lines: formatInteger(result.orders.fromLines.lines), orders: formatInteger(result.orders.fromLines.orders) })}`}
              </span>
            ) : null}
            {result.orders.refunded + result.orders.cancelled > 0 ? (
              <span data-testid="result-returns" data-refunded={result.orders.refunded} data-cancelled={result.orders.cancelled}>
                {` ${t('result.returns', { refunded: formatInteger(result.orders.refunded), cancelled: formatInteger(result.orders.cancelled) })}`}
              </span>
            ) : null}
            <span style={{ display: 'block', marginTop: 4 }} data-testid="import-refresh-hint">
              {t('result.refreshHint')}
            </span>
          </span>
        }
        action={
          <Space wrap>
            <RefreshScoresButton primary size="small" onDone={() => undefined} />
            <Button size="small" icon={<HistoryOutlined />} onClick={onHistory}>
              {t('result.viewHistory')}
            </Button>
            <Button size="small" icon={<PlusOutlined />} onClick={onAgain} data-testid="import-again">
              {t('result.again')}
            </Button>
          </Space>
        }
      />
      <TablesCountTable tables={result.tables} />
      <WarningsList warnings={result.warnings} counts={{}} title={`${t('result.warnings')} (${formatInteger(result.warnings.length)})`} />
      <SkippedStatements counts={result.skippedStatements} label={t('result.skipped')} />
      <Card size="small" styles={{ body: { padding: 12 } }}>
        <RejectsTable importId={result.importId} />
      </Card>
    </Space>
  );
}
