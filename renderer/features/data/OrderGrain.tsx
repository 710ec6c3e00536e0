// Whether an orders source has one row per order or one row per order line (issue 10): the
// choice, and for lines what the sample rows make once grouped — the same grouping the import
// runs (shared/import/line-orders.ts), so the analyst sees orders and revenue before importing.
import { useMemo } from 'react';
import { Radio, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PreviewTable } from '../../../shared/contract/domains/import';
import { groupLines, summariseLineOrders } from '../../../shared/import/line-orders';
import { formatInteger, formatNumber } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import type { MappingDraft } from './mapping-draft';

export interface OrderGrainProps {
  table: PreviewTable;
  draft: MappingDraft;
  onTarget: (target: 'orders' | 'order_lines') => void;
  disabled?: boolean;
}

export function OrderGrain({ table, draft, onTarget, disabled = false }: OrderGrainProps) {
  const { t } = useTranslation('data');
  const locale = useLocale();
  const { token } = theme.useToken();
  const lines = draft.target === 'order_lines';
  const key = draft.fields.order_id ?? (table.suggestion.target === 'order_lines' ? table.suggestion.fields.find((f) => f.field === 'order_id')?.column : undefined);
  const summary = useMemo(() => {
    if (!lines) return null;
    const fields = Object.entries(draft.fields).flatMap(([field, column]) => (column ? [{ field, column }] : []));
    return summariseLineOrders(groupLines(table.columns, table.sampleRows, fields));
  }, [lines, draft.fields, table.columns, table.sampleRows]);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 4 }} data-testid="order-grain" data-grain={lines ? 'line' : 'order'}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Typography.Text type="secondary">{t('mapping.grain.label')}</Typography.Text>
        <Radio.Group
          size="small"
          disabled={disabled}
          value={draft.target}
          onChange={(e) => onTarget(e.target.value === 'order_lines' ? 'order_lines' : 'orders')}
          options={[
            { value: 'orders', label: t('mapping.grain.order') },
            { value: 'order_lines', label: t('mapping.grain.line', { column: key ?? t('mapping.grain.noKey') }) },
          ]}
        />
      </div>
      {summary ? (
        <Typography.Text
          type="secondary"
          style={{ fontSize: token.fontSizeSM }}
          data-testid="line-orders-preview"
          data-orders={summary.orders}
          data-total={summary.total}
          data-lines={summary.lines}
        >
          {summary.lines > 0
            ? t('mapping.grain.sample', {
                rows: formatInteger(table.sampleRows.length, locale),
                lines: formatInteger(summary.lines, locale),
                orders: formatInteger(summary.orders, locale),
                total: formatNumber(summary.total, locale, 2),
                refunded: formatInteger(summary.refunded, locale),
                cancelled: formatInteger(summary.cancelled, locale),
              })
            : t('mapping.grain.sampleNone')}
        </Typography.Text>
      ) : null}
    </div>
  );
}
