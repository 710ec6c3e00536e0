// A widget's thresholds and a table's 条件属性 as real Excel conditional formats over a column's
// cells, so a manager who edits a number sees its colour change, as on the screen. The rule is
// shared/dashboards/thresholds.ts's: lowerIsBetter: ≥ red → red, ≥ amber → amber, else green;
// higherIsBetter mirrored; equality falls on the worse side.
import type ExcelJS from 'exceljs';
import { trafficColor } from '../../../shared/dashboards/charts/palette';
import type { Thresholds } from '../../../shared/dashboards/widget';
import type { TrafficLight } from '../../../shared/dashboards/widget-data';
import type { ExportRule } from '../../../shared/export/document';
import { argb, lightFill, lightText, solid } from './styles';

const BAR_COLOR = '#1b5fd1';

function lightStyle(light: TrafficLight): Partial<ExcelJS.Style> {
  return { fill: solid(lightFill(light)), font: { color: { argb: argb(lightText(light)) } } };
}

/**
 * Icon-set and colour-scale thresholds count a value equal to one as the upper band (Excel's
 * `gte`, which ExcelJS cannot turn off). For higherIsBetter the threshold itself is the worse
 * band, so the bound moves up by an amount far below any displayed digit.
 */
function justAbove(value: number): number {
  return value + Math.max(Math.abs(value), 1) * 1e-9;
}

/**
 * green / amber / red fills by cellIs rules. Excel reads an empty cell as 0, which would colour it:
 * an expression rule ahead of them gives empty cells a plain white fill instead (ExcelJS's own
 * containsBlanks rule writes an operator attribute Excel's schema does not have).
 */
function colorRules(t: Thresholds, topLeft: string): ExcelJS.ConditionalFormattingRule[] {
  const blank: ExcelJS.ConditionalFormattingRule = { type: 'expression', formulae: [`ISBLANK(${topLeft})`], priority: 1, style: { fill: solid('#ffffff') } };
  const lower = t.direction === 'lowerIsBetter';
  const rule = (priority: number, operator: ExcelJS.CellIsOperators, value: number, light: TrafficLight): ExcelJS.ConditionalFormattingRule => ({
    type: 'cellIs',
    operator,
    formulae: [value],
    priority,
    style: lightStyle(light),
  });
  return lower
    ? [
        blank,
        rule(2, 'greaterThan', t.red, 'red'),
        rule(3, 'equal', t.red, 'red'),
        rule(4, 'greaterThan', t.amber, 'amber'),
        rule(5, 'equal', t.amber, 'amber'),
        rule(6, 'lessThan', t.amber, 'green'),
      ]
    : [
        blank,
        rule(2, 'lessThan', t.red, 'red'),
        rule(3, 'equal', t.red, 'red'),
        rule(4, 'lessThan', t.amber, 'amber'),
        rule(5, 'equal', t.amber, 'amber'),
        rule(6, 'greaterThan', t.amber, 'green'),
      ];
}

function iconRule(t: Thresholds): ExcelJS.ConditionalFormattingRule {
  // 3TrafficLights1 runs red → amber → green as values rise; lowerIsBetter reverses it.
  const lower = t.direction === 'lowerIsBetter';
  const cfvo: ExcelJS.Cvfo[] = lower
    ? [
        { type: 'percent', value: 0 },
        { type: 'num', value: t.amber },
        { type: 'num', value: t.red },
      ]
    : [
        { type: 'percent', value: 0 },
        { type: 'num', value: justAbove(t.red) },
        { type: 'num', value: justAbove(t.amber) },
      ];
  return { type: 'iconSet', iconSet: '3TrafficLights1', reverse: lower, showValue: true, cfvo, priority: 1 };
}

function scaleRule(t: Thresholds): ExcelJS.ConditionalFormattingRule {
  const [green, amber, red] = (['green', 'amber', 'red'] as const).map((l) => ({ argb: argb(trafficColor(l, false)) }));
  const lower = t.direction === 'lowerIsBetter';
  const cfvo: ExcelJS.Cvfo[] = lower
    ? [{ type: 'min' }, { type: 'num', value: t.amber }, { type: 'num', value: t.red }]
    : [{ type: 'num', value: t.red }, { type: 'num', value: t.amber }, { type: 'max' }];
  return { type: 'colorScale', cfvo, color: lower ? [green!, amber!, red!] : [red!, amber!, green!], priority: 1 };
}

function barRule(): ExcelJS.ConditionalFormattingRule {
  // The 2007 data bar (min to max, one colour): every reader draws it (see databar-2007.ts).
  return { type: 'dataBar', cfvo: [{ type: 'min' }, { type: 'max' }], color: { argb: argb(BAR_COLOR) }, gradient: false, priority: 1 } as ExcelJS.DataBarRuleType;
}

/** The rules of a style, in order of precedence (priority 1 first), for cells starting at `topLeft`. */
export function thresholdRules(style: ExportRule['style'], thresholds: Thresholds, topLeft: string): ExcelJS.ConditionalFormattingRule[] {
  switch (style) {
    case 'color':
      return colorRules(thresholds, topLeft);
    case 'icon':
      return [iconRule(thresholds)];
    case 'scale':
      return [scaleRule(thresholds)];
    case 'bar':
      return [barRule()];
  }
}

/** The formats of a rule over a range such as 'F5:F1004', their priorities counted from `firstPriority`. */
export function conditionalFormatting(ref: string, rule: Pick<ExportRule, 'style' | 'thresholds'>, firstPriority = 1): ExcelJS.ConditionalFormattingOptions {
  const topLeft = ref.split(':')[0]!;
  return { ref, rules: thresholdRules(rule.style, rule.thresholds, topLeft).map((r) => ({ ...r, priority: r.priority + firstPriority - 1 })) };
}

// Excel wants each rule's priority unique on its sheet: the next free one, per sheet.
const nextPriority = new WeakMap<ExcelJS.Worksheet, number>();

export function addFormatting(sheet: ExcelJS.Worksheet, ref: string, rule: Pick<ExportRule, 'style' | 'thresholds'>): void {
  const formatting = conditionalFormatting(ref, rule, nextPriority.get(sheet) ?? 1);
  nextPriority.set(sheet, Math.max(...formatting.rules.map((r) => r.priority)) + 1);
  sheet.addConditionalFormatting(formatting);
}
