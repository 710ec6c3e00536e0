// The one palette of dashboard charts, KPI cards and table 条件属性, shared by the screen, the
// dashboard-file viewer and (next issue) the server-side Excel/PDF export, so a tier or a
// traffic light is the same colour everywhere. The tier hexes are the app's (shared/domain/tiers),
// which renderer/charts/theme.ts also imports from here: they cannot drift.
import { CHART_COLOR_NAMES, type ChartColorName } from '../widget';
import { tierColors, type Tier } from '../../domain/tiers';
import type { TrafficLight } from '../widget-data';

export const TIER_COLORS: Readonly<Record<Tier, string>> = tierColors;

/** Large-screen (dark) variants: the same hues, lifted so they read on a near-black canvas. */
export const TIER_COLORS_DARK: Readonly<Record<Tier, string>> = {
  healthy: '#49aa19',
  watch: '#d89614',
  atRisk: '#e84749',
};

const TRAFFIC_TIER: Readonly<Record<TrafficLight, Tier>> = { green: 'healthy', amber: 'watch', red: 'atRisk' };

/** Green / amber / red are the tier colours: a red KPI and an at-risk slice mean the same thing. */
export function trafficColor(light: TrafficLight, dark: boolean): string {
  return (dark ? TIER_COLORS_DARK : TIER_COLORS)[TRAFFIC_TIER[light]];
}

export function tierColor(code: string, dark: boolean): string | null {
  const colors = dark ? TIER_COLORS_DARK : TIER_COLORS;
  return code === 'healthy' || code === 'watch' || code === 'atRisk' ? colors[code] : null;
}

/** Series without a meaning of their own (measures, regions, reasons), in order. */
export const SERIES_COLORS: readonly string[] = ['#1b5fd1', '#13a8a8', '#7262fd', '#fa8c16', '#eb2f96', '#2f54eb', '#8c8c8c', '#a0d911'];
export const SERIES_COLORS_DARK: readonly string[] = ['#4c8dff', '#36cfc9', '#9a8cff', '#ffa940', '#f759ab', '#597ef7', '#bfbfbf', '#bae637'];

export interface SurfaceColors {
  text: string;
  textSecondary: string;
  split: string;
  /** A continuous heat map runs from `heatLow` to the primary colour. */
  heatLow: string;
  primary: string;
  /** The KM confidence band's fill. */
  band: string;
  neutral: string;
}

export const SURFACE_LIGHT: SurfaceColors = {
  text: 'rgba(0,0,0,0.88)',
  textSecondary: 'rgba(0,0,0,0.55)',
  split: '#f0f0f0',
  heatLow: '#eef3fc',
  primary: '#1b5fd1',
  band: 'rgba(27,95,209,0.18)',
  neutral: '#8c8c8c',
};

export const SURFACE_DARK: SurfaceColors = {
  text: 'rgba(255,255,255,0.88)',
  textSecondary: 'rgba(255,255,255,0.6)',
  split: '#303030',
  heatLow: '#15233b',
  primary: '#4c8dff',
  band: 'rgba(76,141,255,0.25)',
  neutral: '#a6a6a6',
};

export function surface(dark: boolean): SurfaceColors {
  return dark ? SURFACE_DARK : SURFACE_LIGHT;
}

/** Where a widget's chosen colour starts the palette (0: the default blue). */
export function colorOffset(color: ChartColorName | undefined): number {
  return color === undefined ? 0 : Math.max(0, CHART_COLOR_NAMES.indexOf(color));
}

export function seriesColor(index: number, dark: boolean): string {
  const colors = dark ? SERIES_COLORS_DARK : SERIES_COLORS;
  return colors[index % colors.length] ?? '#8c8c8c';
}

// CJK faces first (the same list as renderer/theme/fonts.ts), so an SVG rendered without the
// browser picks the same faces for Chinese labels.
export const CHART_FONT_FAMILY = ['"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"Noto Sans SC"', '-apple-system', '"Segoe UI"', 'Roboto', 'sans-serif'].join(', ');
