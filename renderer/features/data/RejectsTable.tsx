// An import's rejected rows grouped by reason: one collapsible group per reason (a guest
// checkout, an unpaid order, a value of the wrong type…) with its count, column and first
// examples; a group opens onto its full list, paged from the host. "Export CSV" saves every row.
import { useState } from 'react';
import { App, Button, Collapse, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RejectGroup } from '../../../shared/contract/domains/import-rejects';
import { formatInteger } from '../../../shared/i18n/format';
import { rejectReasonText } from '../../../shared/import/reject-text';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { describeError } from '../../components/error-text';
import { useLocale } from '../../i18n/use-locale';
import { exportRejectsCsv } from './export-rejects';
import { RejectGroupRows } from './RejectGroupRows';
import { useShortcutAction } from '../../app/shortcuts';

function groupKey(group: RejectGroup): string {
  return JSON.stringify(group.reason);
}

function GroupLabel({ group }: { group: RejectGroup }) {
  const { t } = useTranslation('rejects');
  const locale = useLocale();
  const text = rejectReasonText(group.reason, locale);
  const column = typeof group.reason.params.column === 'string' ? group.reason.params.column : (group.examples[0]?.column ?? null);
  const examples = group.examples.map((e) => `${t('groups.exampleRow', { row: formatInteger(e.row) })}${e.value === null ? '' : ` “${e.value}”`}`).join(t('groups.separator'));
  const more = group.count > group.examples.length ? ` ${t('groups.more')}` : '';
  return (
    <span style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 8, rowGap: 2 }} data-code={group.reason.code} data-count={group.count}>
      <Tag color={group.reason.code === 'customerMissing' ? 'blue' : 'orange'} style={{ marginInlineEnd: 0 }}>
        {t(group.count === 1 ? 'groups.oneRow' : 'groups.rows', { formatted: formatInteger(group.count) })}
      </Tag>
      <Typography.Text strong title={text} style={{ maxWidth: '100%' }}>
        {text}
      </Typography.Text>
      <Typography.Text type="secondary">
        {column ? `${t('groups.column', { column })} · ` : ''}
        {t('groups.examples', { examples: `${examples}${more}` })}
      </Typography.Text>
    </span>
  );
}

export function RejectsTable({ importId }: { importId: number }) {
  const { t } = useTranslation('data');
  const { t: tRejects } = useTranslation('rejects');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const locale = useLocale();
  const [exporting, setExporting] = useState(false);
  const summary = useOperation('import.rejectGroups', { importId });
  const total = summary.data?.total ?? 0;
  const groups = summary.data?.groups ?? [];
  // More reasons than the summary lists (only rejects stored as sentences before codes make so many).
  const others = total - groups.reduce((sum, g) => sum + g.count, 0);

  const onExport = async () => {
    setExporting(true);
    try {
      const count = await exportRejectsCsv(importId, t('rejects.fileName', { id: importId }), locale);
      void message.success(t('rejects.exported', { formatted: formatInteger(count) }));
    } catch (error) {
      void message.error(`${t('errors.exportFailed')}: ${describeError(error, tCommon).detail}`);
    } finally {
      setExporting(false);
    }
  };

  // Ctrl/Cmd+E exports the rejects while they are on screen (the Export button's action).
  useShortcutAction('export', () => void onExport(), total > 0 && !exporting);

  return (
    <div data-testid="rejects" data-total={summary.data ? total : ''} data-groups={summary.data ? groups.length : ''}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 8 }}>
        <Typography.Text strong>{t('rejects.title')}</Typography.Text>
        <Typography.Text type="secondary" data-testid="rejects-total" data-value={total}>
          {summary.data ? (total > 0 ? t('rejects.total', { formatted: formatInteger(total) }) : t('rejects.none')) : null}
        </Typography.Text>
        <Button
          size="small"
          icon={<DownloadOutlined />}
          style={{ marginLeft: 'auto' }}
          disabled={total === 0}
          loading={exporting}
          onClick={() => void onExport()}
          data-testid="rejects-export"
        >
          {exporting ? t('rejects.exporting') : t('rejects.export')}
        </Button>
      </div>
      {summary.error ? <ErrorAlert error={summary.error} title={t('errors.rejectsFailed')} onRetry={summary.reload} /> : null}
      {groups.length > 0 ? (
        <>
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
            {tRejects('groups.title')}
          </Typography.Text>
          <Collapse
            size="small"
            data-testid="reject-groups"
            // One reason: its rows at once; several: the summary first, a group opens on demand.
            defaultActiveKey={groups.length === 1 && groups[0] ? [groupKey(groups[0])] : []}
            items={groups.map((g) => ({
              key: groupKey(g),
              label: <GroupLabel group={g} />,
              children: <RejectGroupRows importId={importId} reason={g.reason} count={g.count} />,
            }))}
          />
          {others > 0 ? (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }} data-testid="reject-groups-others">
              {tRejects('groups.others', { formatted: formatInteger(others) })}
            </Typography.Text>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
