// Every churn-model run with its headline metrics; tick runs to compare, click one to open it.
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelRunSummary } from '../../../shared/contract/domains/scoring';
import { formatDate, formatInteger } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { comparisonColors } from '../../charts/roc-option';
import { formatValue } from '../../../shared/i18n/format-kind';

export interface RunsTableProps {
  runs: readonly ModelRunSummary[];
  selected: number | null;
  compared: readonly number[];
  onSelect: (runId: number) => void;
  onCompare: (runIds: number[]) => void;
}

export function topK(run: ModelRunSummary, fraction: number) {
  return run.metrics?.topK.find((k) => Math.abs(k.fraction - fraction) < 1e-9) ?? null;
}

export function RunsTable({ runs, selected, compared, onSelect, onCompare }: RunsTableProps) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const columns: TableColumnsType<ModelRunSummary> = [
    {
      key: 'run',
      title: t('models.runId'),
      width: 64,
      render: (_, r) => {
        const i = compared.indexOf(r.runId);
        return (
          <span style={{ whiteSpace: 'nowrap' }}>
            {i >= 0 ? (
              <span
                aria-hidden
                style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 2, marginRight: 6, background: comparisonColors[i % comparisonColors.length] }}
              />
            ) : null}
            #{r.runId}
          </span>
        );
      },
    },
    { key: 'kind', title: t('models.modelKind'), render: (_, r) => <Tag color={r.kind === 'logistic' ? 'blue' : 'purple'}>{t(`models.kinds.${r.kind}`)}</Tag> },
    { key: 'label', title: t('models.label'), render: (_, r) => (r.label ? t(`models.labels.${r.label}`) : '—') },
    {
      key: 'window',
      title: `${t('models.trainAsOf')} → ${t('models.evalAsOf')}`,
      // Two dates may wrap after the arrow: the table fits 1366 px without a horizontal scroll.
      render: (_, r) => (
        <span>
          <span style={{ whiteSpace: 'nowrap' }}>{formatDate(r.trainAsOf, locale)} →</span> <span style={{ whiteSpace: 'nowrap' }}>{formatDate(r.evalAsOf, locale)}</span>
        </span>
      ),
    },
    {
      key: 'evaluation',
      title: t('models.evaluation'),
      render: (_, r) => (r.evaluation === 'random' ? t('models.evaluations.random', { seed: r.seed ?? '' }) : t(`models.evaluations.${r.evaluation}`)),
    },
    { key: 'rows', title: t('models.rows'), align: 'right', render: (_, r) => `${formatInteger(r.trainRows, locale)} / ${formatInteger(r.evalRows, locale)}` },
    {
      key: 'auc',
      title: t('models.auc'),
      align: 'right',
      render: (_, r) => (
        <b data-testid={`run-${r.runId}-auc`} data-value={r.metrics?.auc ?? ''}>
          {formatValue(r.metrics?.auc, 'auc', locale)}
        </b>
      ),
    },
    { key: 'prAuc', title: t('models.prAuc'), align: 'right', render: (_, r) => formatValue(r.metrics?.prAuc, 'auc', locale) },
    {
      key: 'top10',
      title: `${t('models.topShare', { share: '10%' })} ${t('models.precision')}`,
      align: 'right',
      render: (_, r) => formatValue(topK(r, 0.1)?.precision, 'probability', locale),
    },
    { key: 'created', title: t('models.createdAt'), render: (_, r) => <Typography.Text type="secondary">{r.createdAt.replace('T', ' ').slice(0, 16)}</Typography.Text> },
  ];

  return (
    <Table<ModelRunSummary>
      data-testid="model-runs"
      size="small"
      rowKey="runId"
      columns={columns}
      dataSource={runs}
      pagination={runs.length > 8 ? { pageSize: 8, size: 'small' } : false}
      rowSelection={{
        selectedRowKeys: [...compared],
        onChange: (keys) => onCompare(keys.map(Number)),
        getCheckboxProps: (r) => ({ 'aria-label': t('models.compareRun', { runId: r.runId }) }),
        columnTitle: ' ',
      }}
      onRow={(r) => ({
        onClick: () => onSelect(r.runId),
        style: { cursor: 'pointer', background: r.runId === selected ? '#e6f0ff' : undefined },
        'data-run-id': r.runId,
      })}
    />
  );
}
