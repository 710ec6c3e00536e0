// Large-screen mode (大屏): full screen where allowed, dark theme, the dashboard on a 1920×1080
// canvas scaled to fill the viewport without scrollbars, a header with the title, a clock and
// 数据截至, optional rotation between saved dashboards; Esc exits.
import { useEffect, useState } from 'react';
import { Button, ConfigProvider, Select, theme } from 'antd';
import { FullscreenExitOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CatalogDescription } from '../../../shared/contract/operations';
import type { DashboardFilters, DashboardSpec } from '../../../shared/dashboards/dashboard';
import { formatDate } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import type { DashboardSource } from './data-source';
import { DashboardGrid, GRID_MARGIN } from './DashboardGrid';
import { FilterChips } from './FilterChips';
import { CANVAS_WIDTH, canvasScale, largeCanvas, LARGE_HEADER_HEIGHT, LARGE_PADDING, nextInRotation } from './large-screen-fit';
import { clearLinkage } from './filter-state';
import { useDashboardData } from './use-dashboard-data';
import type { CatalogLabels } from './use-catalog-labels';

export interface LargeScreenProps {
  readonly spec: DashboardSpec;
  readonly title: string;
  readonly source: DashboardSource;
  readonly catalog: CatalogDescription;
  readonly labels: CatalogLabels;
  readonly filters: DashboardFilters;
  readonly onFilters: (filters: DashboardFilters) => void;
  readonly onExit: () => void;
  /** Dashboards to rotate between (saved ids or file indexes), and how to open one. */
  readonly rotation?: readonly number[];
  readonly current?: number;
  readonly onRotate?: (id: number) => void;
}

const ROTATION_CHOICES = [0, 30, 60, 120, 300];

function useViewport(): { w: number; h: number } {
  const [size, setSize] = useState({ w: window.innerWidth, h: window.innerHeight });
  useEffect(() => {
    const onResize = () => setSize({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}

export function LargeScreen(props: LargeScreenProps) {
  const { spec, filters, onFilters, onExit } = props;
  const { t } = useTranslation('dashboard-page');
  const locale = useLocale();
  const viewport = useViewport();
  const data = useDashboardData(props.source, spec.widgets, filters);
  const [now, setNow] = useState(() => new Date());
  const [rotationSeconds, setRotationSeconds] = useState(spec.rotationSeconds);
  const rows = spec.layout.reduce((max, item) => Math.max(max, item.y + item.h), 0);
  const canvas = largeCanvas(rows, GRID_MARGIN);
  const scale = canvasScale(viewport.w, viewport.h, canvas.height);

  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    // Fullscreen is asked for, not required: a browser may refuse it outside a user gesture.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (filters.linkage.length) onFilters(clearLinkage(filters));
      else onExit();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [filters, onFilters, onExit]);
  useEffect(() => {
    if (rotationSeconds <= 0 || !props.onRotate || !props.rotation) return;
    const next = nextInRotation(props.rotation, props.current);
    if (next === null) return;
    const timer = window.setTimeout(() => props.onRotate?.(next), rotationSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [rotationSeconds, props]);

  const asOf = data.asOf;
  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm }}>
      <div data-testid="large-screen" style={{ position: 'fixed', inset: 0, zIndex: 1000, background: '#050d1f', overflow: 'hidden' }}>
        <div
          data-testid="large-screen-canvas"
          style={{
            width: CANVAS_WIDTH,
            height: canvas.height,
            transform: `scale(${scale.x}, ${scale.y})`,
            transformOrigin: '0 0',
            background: 'radial-gradient(ellipse at top, #0b2350 0%, #050d1f 70%)',
            color: '#e6f0ff',
          }}
        >
          <div style={{ height: LARGE_HEADER_HEIGHT, display: 'flex', alignItems: 'center', padding: `0 ${LARGE_PADDING + 8}px`, gap: 24, borderBottom: '1px solid #1f3a66' }}>
            <div style={{ fontSize: 34, fontWeight: 700, letterSpacing: 2 }} data-testid="large-screen-title">
              {props.title}
            </div>
            <div style={{ flex: 1, minWidth: 0 }}>
              <FilterChips filters={filters} onChange={onFilters} labels={props.labels} dark />
            </div>
            {asOf ? (
              <div style={{ fontSize: 18, color: '#9fb3d9' }} data-testid="large-screen-as-of">
                {t('largeScreen.asOf', { date: formatDate(asOf, locale) })}
              </div>
            ) : null}
            <div style={{ fontSize: 26, fontVariantNumeric: 'tabular-nums' }} data-testid="large-screen-clock">
              {now.toLocaleTimeString(locale, { hour12: false })}
            </div>
            {props.onRotate && props.rotation && props.rotation.length > 1 ? (
              <Select
                size="small"
                style={{ width: 110 }}
                value={rotationSeconds}
                aria-label={t('largeScreen.rotation')}
                options={ROTATION_CHOICES.map((s) => ({ value: s, label: s === 0 ? t('largeScreen.rotationOff') : t('largeScreen.rotationEvery', { seconds: s }) }))}
                onChange={setRotationSeconds}
              />
            ) : null}
            <Button
              type="text"
              icon={<FullscreenExitOutlined />}
              onClick={onExit}
              aria-label={t('largeScreen.exit')}
              title={t('largeScreen.exit')}
              data-testid="large-screen-exit"
            />
          </div>
          <DashboardGrid
            spec={spec}
            data={data}
            filters={filters}
            onFilters={onFilters}
            catalog={props.catalog}
            labels={props.labels}
            editing={false}
            fixedWidth={CANVAS_WIDTH - 2 * LARGE_PADDING}
            rowHeight={canvas.rowHeight}
            dark
            large
            style={{ padding: LARGE_PADDING }}
          />
        </div>
      </div>
    </ConfigProvider>
  );
}
