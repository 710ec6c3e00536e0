// The cellIs rules of a threshold colour, evaluated as Excel does (every matching rule, the lowest
// priority number wins), give the colour shared/dashboards/thresholds.ts gives, equality on the
// worse side; icon sets and colour scales put their bounds at the thresholds.
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { conditionalFormatting } from '../../../electron/export/workbook/conditional-formats';
import { lightFill } from '../../../electron/export/workbook/styles';
import { trafficLight } from '../../../shared/dashboards/thresholds';
import type { Thresholds } from '../../../shared/dashboards/widget';
import type { TrafficLight } from '../../../shared/dashboards/widget-data';

const LIGHTS: TrafficLight[] = ['green', 'amber', 'red'];

function matches(rule: ExcelJS.ConditionalFormattingRule, value: number | null): boolean {
  if (rule.type === 'expression') return value === null;
  if (rule.type !== 'cellIs' || value === null) return false;
  const bound = Number((rule.formulae as unknown[])[0]);
  if (rule.operator === 'greaterThan') return value > bound;
  if (rule.operator === 'lessThan') return value < bound;
  if (rule.operator === 'equal') return value === bound;
  throw new Error(`unexpected operator ${rule.operator}`);
}

/** The light whose fill the winning rule paints, or null for none / an empty cell's white. */
function excelLight(rules: ExcelJS.ConditionalFormattingRule[], value: number | null): TrafficLight | null {
  const winner = [...rules].sort((a, b) => a.priority - b.priority).find((r) => matches(r, value));
  const fill = winner?.style?.fill;
  const argb = fill && fill.type === 'pattern' ? fill.fgColor?.argb : undefined;
  return LIGHTS.find((l) => argb === `FF${lightFill(l).slice(1).toUpperCase()}`) ?? null;
}

describe('threshold colours as conditional formats', () => {
  const cases: Thresholds[] = [
    { direction: 'lowerIsBetter', amber: 0.04, red: 0.05 },
    { direction: 'higherIsBetter', amber: 70, red: 40 },
    { direction: 'lowerIsBetter', amber: -1, red: 0 },
  ];
  it.each(cases)('paint what trafficLight says for $direction $amber / $red, equality on the worse side', (t) => {
    const { rules } = conditionalFormatting('C5:C20', { style: 'color', thresholds: t });
    const values = [t.amber, t.red, (t.amber + t.red) / 2, t.amber - 1, t.amber + 1, t.red - 1, t.red + 1, t.red - 1e-6, t.amber + 1e-6, 0];
    for (const v of values) expect(excelLight(rules, v), String(v)).toBe(trafficLight(v, t));
    expect(excelLight(rules, null)).toBeNull();
  });

  it('counts priorities from the one given, in order', () => {
    const { rules } = conditionalFormatting('C5:C20', { style: 'color', thresholds: cases[0]! }, 7);
    expect(rules.map((r) => r.priority)).toEqual([7, 8, 9, 10, 11, 12]);
    expect(rules[0]).toMatchObject({ type: 'expression', formulae: ['ISBLANK(C5)'] });
  });

  it('puts icon-set bounds at the thresholds, reversed when lower is better', () => {
    const lower = conditionalFormatting('D5:D9', { style: 'icon', thresholds: { direction: 'lowerIsBetter', amber: 0.3, red: 0.6 } }).rules[0];
    expect(lower).toMatchObject({
      type: 'iconSet',
      iconSet: '3TrafficLights1',
      reverse: true,
      cfvo: [
        { type: 'percent', value: 0 },
        { type: 'num', value: 0.3 },
        { type: 'num', value: 0.6 },
      ],
    });
    const higher = conditionalFormatting('D5:D9', { style: 'icon', thresholds: { direction: 'higherIsBetter', amber: 70, red: 40 } }).rules[0] as ExcelJS.IconSetRuleType;
    expect(higher.reverse).toBe(false);
    // At a threshold the worse icon: the bound sits just above it.
    expect(higher.cfvo?.[1]?.value).toBeGreaterThan(40);
    expect(higher.cfvo?.[1]?.value).toBeLessThan(40.001);
    expect(higher.cfvo?.[2]?.value).toBeGreaterThan(70);
    expect(higher.cfvo?.[2]?.value).toBeLessThan(70.001);
  });

  it('runs a colour scale through the thresholds and a data bar from min to max', () => {
    const scale = conditionalFormatting('E5:E9', { style: 'scale', thresholds: { direction: 'higherIsBetter', amber: 5000, red: 2000 } }).rules[0];
    expect(scale).toMatchObject({ type: 'colorScale', cfvo: [{ type: 'num', value: 2000 }, { type: 'num', value: 5000 }, { type: 'max' }] });
    const bar = conditionalFormatting('E5:E9', { style: 'bar', thresholds: { direction: 'higherIsBetter', amber: 5000, red: 2000 } }).rules[0];
    expect(bar).toMatchObject({ type: 'dataBar', cfvo: [{ type: 'min' }, { type: 'max' }] });
  });
});
