// An ECharts host for dashboard widgets: like renderer/charts/EChart, plus the click and
// double-click a widget turns into linkage and drill (the shared host takes no events).
import { useEffect, useRef, type CSSProperties } from 'react';
import { CHART_THEME, CHART_THEME_DARK } from '../../../charts/theme';
import type { ChartOption } from '../../../../shared/dashboards/charts';
import { echarts } from './echarts-kinds';

export interface ChartPointer {
  /** ECharts' `params.data`: the clicked item with its raw values. */
  item: unknown;
  additive: boolean;
}

export interface WidgetChartProps {
  option: ChartOption;
  dark: boolean;
  height: CSSProperties['height'];
  testId?: string;
  ariaLabel?: string;
  onPoint?: (pointer: ChartPointer, gesture: 'click' | 'drill') => void;
}

function modifierHeld(params: unknown): boolean {
  // params.event.event is the browser's MouseEvent behind zrender's event.
  if (typeof params !== 'object' || params === null || !('event' in params)) return false;
  const zr: unknown = params.event;
  if (typeof zr !== 'object' || zr === null || !('event' in zr)) return false;
  const native: unknown = zr.event;
  return native instanceof MouseEvent && (native.ctrlKey || native.metaKey);
}

function itemOf(params: unknown): unknown {
  return typeof params === 'object' && params !== null && 'data' in params ? params.data : null;
}

export function WidgetChart({ option, dark, height, testId, ariaLabel, onPoint }: WidgetChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<typeof echarts.init> | null>(null);
  const pointRef = useRef(onPoint);
  pointRef.current = onPoint;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, dark ? CHART_THEME_DARK : CHART_THEME, { renderer: 'canvas' });
    chartRef.current = chart;
    chart.on('click', (params: unknown) => pointRef.current?.({ item: itemOf(params), additive: modifierHeld(params) }, 'click'));
    chart.on('dblclick', (params: unknown) => pointRef.current?.({ item: itemOf(params), additive: false }, 'drill'));
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [dark]);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option, dark]);

  return <div ref={ref} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height }} />;
}
