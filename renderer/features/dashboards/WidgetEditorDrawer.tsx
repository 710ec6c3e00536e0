// The widget editor: the form on the left, a live preview of the widget under the dashboard's
// filters on the right (one dashboard.data request for that widget, ~100 ms after the last edit);
// Apply puts the edited widget into the dashboard (one undo step).
import { useState } from 'react';
import { Button, Drawer, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CatalogDescription } from '../../../shared/contract/operations';
import type { DashboardFilters } from '../../../shared/dashboards/dashboard';
import { WidgetSchema, type Widget } from '../../../shared/dashboards/widget';
import { workspaceSource } from './data-source';
import { useDashboardData } from './use-dashboard-data';
import type { CatalogLabels } from './use-catalog-labels';
import { WidgetEditorForm } from './WidgetEditorForm';
import { WidgetFrame } from './WidgetFrame';

export interface WidgetEditorDrawerProps {
  readonly widget: Widget;
  readonly catalog: CatalogDescription;
  readonly labels: CatalogLabels;
  readonly filters: DashboardFilters;
  readonly onApply: (widget: Widget) => void;
  readonly onClose: () => void;
}

export function WidgetEditorDrawer({ widget, catalog, labels, filters, onApply, onClose }: WidgetEditorDrawerProps) {
  const { t } = useTranslation('dashboard-page');
  const [draft, setDraft] = useState(widget);
  // Only a valid widget is previewed or applied (a chart needs a measure, numbers finite…).
  const valid = WidgetSchema.safeParse(draft);
  const previewWidget = valid.success ? valid.data : widget;
  const preview = useDashboardData(workspaceSource, [previewWidget], filters);
  return (
    <Drawer
      open
      onClose={onClose}
      title={t('editor.title')}
      size={920}
      data-testid="widget-editor"
      extra={
        <Space>
          <Button onClick={onClose}>{t('saveFile.cancel')}</Button>
          <Button type="primary" disabled={!valid.success} onClick={() => valid.success && onApply(valid.data)} data-testid="widget-editor-apply">
            {t('editor.apply')}
          </Button>
        </Space>
      }
    >
      <div style={{ display: 'grid', gridTemplateColumns: '340px 1fr', gap: 16, height: '100%' }}>
        <div style={{ overflow: 'auto', paddingRight: 4 }}>
          <WidgetEditorForm widget={draft} onChange={setDraft} catalog={catalog} labels={labels} />
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 6, minHeight: 0 }}>
          <Typography.Text type="secondary">{t('editor.preview')}</Typography.Text>
          <div style={{ height: 380 }} data-testid="widget-editor-preview">
            <WidgetFrame
              widget={previewWidget}
              data={preview.byWidget.get(previewWidget.id)}
              loading={preview.loading}
              catalog={catalog}
              dark={false}
              large={false}
              selected={[]}
              labels={labels}
              drill={[]}
              onDrillUp={() => undefined}
              editing={false}
            />
          </div>
        </div>
      </div>
    </Drawer>
  );
}
