// A table widget: a compact antd Table of the widget's columns, values formatted by column
// format and enum labels; 条件属性 from the shared table rules (coloured cell, inline bar or
// icon); list mode grouped under a header per `groupBy` value; customer ids open Customer 360.
// Rows are focusable: Enter drills, Space selects, a click selects (Ctrl/Cmd adds).
import { useMemo, type HTMLAttributes, type KeyboardEvent, type MouseEvent } from 'react';
import { Button, ConfigProvider, Table, Typography, theme, type TableColumnsType } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { columnScale, ruleCellStyle, type ChartContext, type RuleIcon } from '../../../../shared/dashboards/charts';
import type { TableWidget as TableWidgetSpec } from '../../../../shared/dashboards/widget';
import type { Cell, DataColumn, WidgetData } from '../../../../shared/dashboards/widget-data';
import { tableRecords, type TableRecord } from './table-rows';
import type { WidgetSelection } from './widget-props';

const ICONS: Readonly<Record<RuleIcon, typeof CheckCircleFilled>> = { ok: CheckCircleFilled, warning: ExclamationCircleFilled, alert: CloseCircleFilled };

export interface TableWidgetProps {
  widget: TableWidgetSpec;
  data: WidgetData;
  ctx: ChartContext;
  onSelect?: (selection: WidgetSelection) => void;
  onOpenCustomer?: (customerId: string) => void;
}

const numeric = (c: DataColumn) => c.format !== 'text' && c.format !== 'code' && c.format !== 'date';

/** The value a row selects: the first dimension (aggregate), the group field (list), else none. */
function selectionColumn(widget: TableWidgetSpec, data: WidgetData): number {
  if (widget.mode === 'aggregate') return data.columns.findIndex((c) => c.kind === 'dimension');
  return widget.groupBy ? data.columns.findIndex((c) => c.key === widget.groupBy) : -1;
}

export function TableWidget({ widget, data, ctx, onSelect, onOpenCustomer }: TableWidgetProps) {
  const { t } = useTranslation('dashboard-widgets');
  const { token } = theme.useToken();
  const records = useMemo(() => tableRecords(data, widget.groupBy), [data, widget.groupBy]);
  const selectAt = selectionColumn(widget, data);
  const selectColumn = data.columns[selectAt];
  const fontSize = ctx.large ? 18 : undefined;

  const columns = useMemo<TableColumnsType<TableRecord>>(() => {
    const groupColumn = widget.groupBy ? data.columns.findIndex((c) => c.key === widget.groupBy) : -1;
    return data.columns.map((column, index) => {
      const rule = widget.rules.find((r) => r.column === column.key);
      const scale = rule ? columnScale(data.rows.map((r) => r[index])) : 1;
      return {
        key: column.key,
        title: ctx.label(column),
        align: numeric(column) ? 'right' : 'left',
        // Cells stay on one line (the widget scrolls sideways when narrow); headers may wrap.
        onCell: (record: TableRecord) =>
          record.kind === 'group'
            ? { colSpan: index === 0 ? data.columns.length : 0 }
            : // Fixed layout: a long company name is cut with … (whole on hover) instead of running over the next column.
              { title: ctx.valueLabel(column, record.cells[index] ?? null), style: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } },
        render: (_: unknown, record: TableRecord) => {
          if (record.kind === 'group') {
            const groupCol = data.columns[groupColumn];
            return <Typography.Text strong>{t('table.groupHeader', { value: groupCol ? ctx.valueLabel(groupCol, record.value) : '', count: record.count })}</Typography.Text>;
          }
          const value: Cell = record.cells[index] ?? null;
          const text = ctx.valueLabel(column, value);
          if (column.key === 'customer_id' && typeof value === 'string' && onOpenCustomer) {
            return (
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto', fontSize }}
                aria-label={t('table.openCustomer', { id: value })}
                data-testid={`table-customer-${widget.id}-${record.n}`}
                onClick={(e: MouseEvent) => {
                  e.stopPropagation();
                  onOpenCustomer(value);
                }}
              >
                {text}
              </Button>
            );
          }
          if (!rule) return text;
          const style = ruleCellStyle(rule, value, scale, ctx.dark);
          if (rule.style === 'bar' && style.barWidth !== null) {
            return (
              <div style={{ position: 'relative', minWidth: 60 }} data-light={style.light ?? ''}>
                <div
                  style={{
                    position: 'absolute',
                    inset: '2px auto 2px 0',
                    width: `${Math.round(style.barWidth * 100)}%`,
                    background: style.color ?? token.colorPrimary,
                    opacity: 0.3,
                    borderRadius: 2,
                  }}
                />
                <span style={{ position: 'relative' }}>{text}</span>
              </div>
            );
          }
          if (rule.style === 'icon' && style.icon) {
            const Icon = ICONS[style.icon];
            return (
              <span data-light={style.light ?? ''}>
                <Icon style={{ color: style.color ?? undefined, marginRight: 4 }} aria-label={t(`table.icon.${style.icon}`)} />
                {text}
              </span>
            );
          }
          return (
            <span data-light={style.light ?? ''} style={{ color: style.color ?? undefined, fontWeight: style.light === 'red' ? 600 : undefined }}>
              {text}
            </span>
          );
        },
      };
    });
  }, [data, widget, ctx, t, token.colorPrimary, onOpenCustomer, fontSize]);

  const select = (record: TableRecord, additive: boolean, gesture: 'click' | 'drill') => {
    if (record.kind !== 'row' || !onSelect || !selectColumn) return;
    const value = record.cells[selectAt];
    if (typeof value !== 'string' && typeof value !== 'number') return;
    onSelect({ widgetId: widget.id, field: selectColumn.key, ...(selectColumn.grain ? { grain: selectColumn.grain } : {}), value, additive, gesture });
  };

  const selected = ctx.selected ?? [];
  const onRow = (record: TableRecord): HTMLAttributes<HTMLElement> => {
    if (record.kind === 'group') return {};
    const value = record.cells[selectAt];
    const dimmed = selected.length > 0 && !(value !== null && value !== undefined && selected.includes(value));
    const attributes: HTMLAttributes<HTMLElement> & Record<'data-testid', string> = {
      'data-testid': `table-row-${widget.id}-${record.n}`,
      tabIndex: 0,
      'aria-label': t('table.rowLabel', { n: record.n + 1 }),
      style: { cursor: onSelect ? 'pointer' : undefined, opacity: dimmed ? 0.45 : undefined },
      onClick: (e: MouseEvent) => select(record, e.ctrlKey || e.metaKey, 'click'),
      onKeyDown: (e: KeyboardEvent) => {
        if (e.key === 'Enter') select(record, false, 'drill');
        else if (e.key === ' ') {
          e.preventDefault();
          select(record, e.ctrlKey || e.metaKey, 'click');
        } else return;
      },
    };
    return attributes;
  };

  return (
    <div data-testid={`table-${widget.id}`} style={{ height: '100%', overflow: 'auto', fontSize }}>
      {/* Large screen: the table's own type scale, read from across a room. */}
      <ConfigProvider theme={ctx.large ? { token: { fontSize: 18 } } : {}}>
        <Table<TableRecord> size="small" columns={columns} dataSource={records} rowKey="key" pagination={false} onRow={onRow} sticky tableLayout="fixed" />
      </ConfigProvider>
      {data.truncated && (
        <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM, padding: '4px 8px', display: 'block' }}>
          {t('table.truncated', { count: data.rows.length })}
        </Typography.Text>
      )}
    </div>
  );
}
