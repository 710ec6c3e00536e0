// A React host for one ECharts instance: created once, fed each new option whole, resized
// with its container, disposed on unmount.
import { useEffect, useRef, type CSSProperties, type HTMLAttributes } from 'react';
import { echarts, type EChartsCoreOption } from './echarts';
import { CHART_THEME } from './theme';

export interface EChartProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  option: EChartsCoreOption;
  height?: CSSProperties['height'];
  theme?: string;
}

export function EChart({ option, height = 300, theme = CHART_THEME, style, ...rest }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, theme, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, [theme]);

  useEffect(() => {
    // notMerge: a language switch or new data replaces the option instead of blending with it.
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option, theme]);

  return <div ref={ref} style={{ width: '100%', height, ...style }} {...rest} />;
}
