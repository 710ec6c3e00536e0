// The widget gallery: every kind the editor can add, each with defaults from the catalog.
import { Card, Drawer } from 'antd';
import {
  AreaChartOutlined,
  BarChartOutlined,
  DashboardOutlined,
  DotChartOutlined,
  FontSizeOutlined,
  HeatMapOutlined,
  LineChartOutlined,
  NumberOutlined,
  PieChartOutlined,
  TableOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GALLERY_KINDS, type GalleryKind } from './gallery';

const icons: Record<GalleryKind, ReactNode> = {
  kpi: <NumberOutlined />,
  line: <LineChartOutlined />,
  bar: <BarChartOutlined />,
  combo: <AreaChartOutlined />,
  stackedBar: <BarChartOutlined />,
  pie: <PieChartOutlined />,
  ring: <PieChartOutlined />,
  gauge: <DashboardOutlined />,
  heatmap: <HeatMapOutlined />,
  km: <DotChartOutlined />,
  list: <UnorderedListOutlined />,
  aggregate: <TableOutlined />,
  text: <FontSizeOutlined />,
};

export interface GalleryDrawerProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onPick: (kind: GalleryKind) => void;
}

export function GalleryDrawer({ open, onClose, onPick }: GalleryDrawerProps) {
  const { t } = useTranslation('dashboard-page');
  return (
    <Drawer open={open} onClose={onClose} title={t('gallery.title')} size={360} data-testid="widget-gallery">
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 8 }}>
        {GALLERY_KINDS.map((kind) => (
          <Card
            key={kind}
            hoverable
            size="small"
            role="button"
            tabIndex={0}
            data-testid={`gallery-${kind}`}
            onClick={() => onPick(kind)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') onPick(kind);
            }}
            styles={{ body: { padding: 8, textAlign: 'center' } }}
          >
            <div style={{ fontSize: 22 }}>{icons[kind]}</div>
            <div style={{ fontSize: 12, lineHeight: 1.3 }}>{t(`gallery.${kind}`)}</div>
          </Card>
        ))}
      </div>
    </Drawer>
  );
}
