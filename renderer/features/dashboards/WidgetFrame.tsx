// One widget on the grid: title (the drag handle while editing), the drill breadcrumb with a way
// back up, the filter mark (which filters apply to it and which cannot), the ⋮ menu
// (drill-through, and in edit mode edit / duplicate / delete), and the widget's body.
import { Breadcrumb, Button, Dropdown, Popover, Tooltip, Typography, theme, type MenuProps } from 'antd';
import { FilterOutlined, MoreOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DrillStep } from '../../../shared/dashboards/dashboard';
import { WidgetBody } from './widgets/WidgetBody';
import type { WidgetBodyProps } from './widgets/widget-props';
import type { CatalogLabels } from './use-catalog-labels';
import { widgetTitle } from './widget-title';

export interface WidgetFrameProps extends WidgetBodyProps {
  readonly labels: CatalogLabels;
  readonly drill: readonly DrillStep[];
  readonly onDrillUp: (depth: number) => void;
  readonly editing: boolean;
  readonly onOpenInCustomers?: () => void;
  readonly onEdit?: () => void;
  readonly onDuplicate?: () => void;
  readonly onDelete?: () => void;
}

export function WidgetFrame(props: WidgetFrameProps) {
  const { widget, data, loading, labels, drill, editing, dark, large } = props;
  // The body dims itself while loading; the frame says so for tests and assistive tech.
  const { t } = useTranslation('dashboard-page');
  const { t: tAll } = useTranslation();
  const { token } = theme.useToken();
  const title = widgetTitle(widget, tAll);
  const applied = data?.applied ?? [];
  const notApplied = data?.notApplied ?? [];

  const items: NonNullable<MenuProps['items']> = [];
  if (props.onOpenInCustomers) items.push({ key: 'customers', label: t('frame.openInCustomers'), onClick: props.onOpenInCustomers });
  if (editing && props.onEdit) items.push({ key: 'edit', label: t('frame.edit'), onClick: props.onEdit });
  if (editing && props.onDuplicate) items.push({ key: 'duplicate', label: t('frame.duplicate'), onClick: props.onDuplicate });
  if (editing && props.onDelete) items.push({ key: 'delete', danger: true, label: t('frame.delete'), onClick: props.onDelete });

  const markContent = (
    <div style={{ maxWidth: 280 }} data-testid={`widget-mark-content-${widget.id}`}>
      <Typography.Text strong>{t('frame.applied')}</Typography.Text>
      <div>{applied.length ? applied.map((f) => labels.field(f)).join('、') : t('filters.none')}</div>
      {notApplied.length ? (
        <>
          <Typography.Text strong>{t('frame.notApplied')}</Typography.Text>
          <div>{notApplied.map((f) => labels.field(f)).join('、')}</div>
        </>
      ) : null}
    </div>
  );

  const kpiValue = data?.kpi?.value;
  const isText = widget.kind === 'text';
  return (
    <div
      data-testid={`frame-${widget.id}`}
      data-kind={widget.kind}
      data-status={data?.status ?? 'loading'}
      data-loading={loading ? 'true' : 'false'}
      data-value={kpiValue === null || kpiValue === undefined ? undefined : String(kpiValue)}
      // What the widget shows, for checks against SQL (e2e) and support: the KPI's months, the rows.
      data-period={data?.kpi?.period ? `${data.kpi.period.from}..${data.kpi.period.to}` : undefined}
      data-rows={widget.kind === 'chart' || widget.kind === 'table' ? JSON.stringify(data?.rows ?? []) : undefined}
      style={{
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: dark ? '#0f1b33' : token.colorBgContainer,
        border: `1px solid ${dark ? '#1f3a66' : token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        overflow: 'hidden',
        outline: editing ? `1px dashed ${token.colorPrimaryBorder}` : undefined,
      }}
    >
      {isText && !editing ? null : (
        <div
          className={editing ? 'widget-drag-handle' : undefined}
          style={{
            display: 'flex',
            alignItems: 'center',
            gap: 6,
            padding: large ? '8px 14px 0' : '6px 10px 0',
            minHeight: large ? 36 : 28,
            cursor: editing ? 'move' : undefined,
          }}
        >
          <Typography.Text
            strong
            ellipsis={{ tooltip: title }}
            title={title}
            style={{ fontSize: large ? 20 : token.fontSize, color: dark ? '#e6f0ff' : undefined, flex: '0 1 auto', minWidth: 0 }}
            data-testid={`widget-title-${widget.id}`}
          >
            {title}
          </Typography.Text>
          {drill.length > 0 ? (
            <Breadcrumb
              data-testid={`widget-drill-${widget.id}`}
              style={{ fontSize: token.fontSizeSM, flex: 'none' }}
              items={[
                {
                  key: 'top',
                  title: (
                    <a onClick={() => props.onDrillUp(0)} data-testid={`widget-drill-top-${widget.id}`}>
                      {t('frame.top')}
                    </a>
                  ),
                },
                ...drill.map((step, i) => ({
                  key: String(i),
                  title: i === drill.length - 1 ? labels.value(step.field, step.value) : <a onClick={() => props.onDrillUp(i + 1)}>{labels.value(step.field, step.value)}</a>,
                })),
              ]}
            />
          ) : null}
          <span style={{ flex: 1 }} />
          {drill.length > 0 ? (
            <Button size="small" type="link" onClick={() => props.onDrillUp(drill.length - 1)} data-testid={`widget-drill-up-${widget.id}`}>
              {t('frame.up')}
            </Button>
          ) : null}
          {isText ? null : (
            <Popover content={markContent} trigger={['hover', 'click']}>
              <Tooltip title={applied.length ? t('frame.mark', { count: applied.length }) : t('frame.markNone')}>
                <span
                  role="button"
                  tabIndex={0}
                  aria-label={applied.length ? t('frame.mark', { count: applied.length }) : t('frame.markNone')}
                  data-testid={`widget-mark-${widget.id}`}
                  data-count={applied.length}
                  style={{
                    display: 'inline-flex',
                    alignItems: 'center',
                    gap: 2,
                    fontSize: token.fontSizeSM,
                    color: applied.length ? token.colorPrimary : token.colorTextQuaternary,
                  }}
                >
                  <FilterOutlined />
                  {applied.length ? applied.length : null}
                </span>
              </Tooltip>
            </Popover>
          )}
          {items.length ? (
            <Dropdown menu={{ items }} trigger={['click']}>
              <Button size="small" type="text" icon={<MoreOutlined />} aria-label={t('frame.menu')} data-testid={`widget-menu-${widget.id}`} />
            </Dropdown>
          ) : null}
        </div>
      )}
      <div style={{ flex: 1, minHeight: 0, padding: large ? '4px 14px 12px' : '2px 10px 8px' }}>
        <WidgetBody {...props} />
      </div>
    </div>
  );
}
