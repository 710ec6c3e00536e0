// 条件属性: how a table cell looks under a ConditionalRule — its traffic light as a coloured cell,
// an inline bar (width 0–1 of the column's largest magnitude) or an icon — through the one
// trafficLight rule, so the screen and the Excel export's conditional formats agree.
import type { ConditionalRule } from '../widget';
import type { TrafficLight } from '../widget-data';
import { trafficLight } from '../thresholds';
import { trafficColor } from './palette';

export type RuleIcon = 'ok' | 'warning' | 'alert';

export interface CellRuleStyle {
  light: TrafficLight | null;
  /** The traffic light's colour (text colour for 'color', fill for 'bar', icon colour for 'icon'). */
  color: string | null;
  /** 'bar' only: the bar's width as a fraction 0–1. */
  barWidth: number | null;
  /** 'icon' only. */
  icon: RuleIcon | null;
}

const ICONS: Readonly<Record<TrafficLight, RuleIcon>> = { green: 'ok', amber: 'warning', red: 'alert' };

/** The largest magnitude of a column, the bar's full width (1 when the column has no number). */
export function columnScale(values: readonly unknown[]): number {
  let max = 0;
  for (const v of values) if (typeof v === 'number' && Number.isFinite(v)) max = Math.max(max, Math.abs(v));
  return max > 0 ? max : 1;
}

export function ruleCellStyle(rule: ConditionalRule, value: unknown, scale: number, dark: boolean): CellRuleStyle {
  const number = typeof value === 'number' && Number.isFinite(value) ? value : null;
  const light = trafficLight(number, rule.thresholds);
  const color = light ? trafficColor(light, dark) : null;
  return {
    light,
    color,
    barWidth: rule.style === 'bar' && number !== null ? Math.min(1, Math.max(0, Math.abs(number) / (scale > 0 ? scale : 1))) : null,
    icon: rule.style === 'icon' && light ? ICONS[light] : null,
  };
}
