// The widgets' words and rows without a browser: problem codes to text in both languages, the
// grouped list's header rows, template keys looked up safely, and cell labels ('__other__',
// enum codes, months).
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatterFor } from '../../../../shared/dashboards/charts';
import { templateSpec } from '../../../../shared/dashboards/templates';
import type { DataColumn } from '../../../../shared/dashboards/widget-data';
import { namespaces, resources } from '../../../../shared/i18n/resources';
import { messageAt } from '../../../../renderer/features/dashboards/widgets/message-at';
import { emptyHint, problemText } from '../../../../renderer/features/dashboards/widgets/problem-text';
import { tableRecords } from '../../../../renderer/features/dashboards/widgets/table-rows';
import { cellLabel, OTHER_GROUP } from '../../../../renderer/features/dashboards/widgets/use-chart-context';
import type { CatalogLabels } from '../../../../renderer/i18n/catalog-label';
import { fixtureWidgetData } from '../../../fixtures/dashboards/widget-data';

async function fixedT(lng: 'en' | 'zh-CN') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, ns: [...namespaces], lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return i18n.getFixedT(lng, 'dashboard-widgets');
}

describe('problem and empty texts', () => {
  it('reads query errors from jobs:queryErrors, widget problems and app reasons, else names the code', async () => {
    const en = await fixedT('en');
    expect(problemText({ code: 'UNKNOWN_FIELD', params: { field: 'region' } }, en)).toBe('Unknown field: region');
    expect(problemText({ code: 'notInFile', params: {} }, en)).toBe(resources.en['dashboard-widgets'].problems.notInFile);
    expect(problemText({ code: 'noSnapshot', params: {} }, en)).toBe(resources.en['dashboard-widgets'].problems.noSnapshot);
    expect(problemText({ code: 'dashboardNotFound', params: {} }, en)).toBe(resources.en.jobs.reasons.dashboardNotFound);
    expect(problemText({ code: '<script>', params: {} }, en)).toBe('This widget could not be computed (code <script>)');
    const zh = await fixedT('zh-CN');
    expect(problemText({ code: 'UNKNOWN_FIELD', params: { field: 'region' } }, zh)).toBe(resources['zh-CN'].jobs.queryErrors.UNKNOWN_FIELD.replace('{{field}}', 'region'));
    expect(emptyHint({ code: 'noSnapshot', params: {} }, zh)).toBe(resources['zh-CN']['dashboard-widgets'].empty.noSnapshot);
    expect(emptyHint(undefined, zh)).toBe(resources['zh-CN']['dashboard-widgets'].empty.noRows);
  });
});

describe('tableRecords', () => {
  it('puts a header with its count before each owner of the high-risk list', () => {
    const widget = templateSpec('cockpit').widgets.find((w) => w.id === 'table_high_risk');
    if (!widget || widget.kind !== 'table') throw new Error('template changed');
    const data = fixtureWidgetData(widget);
    const records = tableRecords(data, widget.groupBy);
    const owners = new Set(data.rows.map((r) => r[0]));
    const headers = records.filter((r) => r.kind === 'group');
    expect(headers.map((h) => h.value)).toEqual([...owners]);
    expect(headers.reduce((n, h) => n + h.count, 0)).toBe(data.rows.length);
    expect(records.filter((r) => r.kind === 'row').map((r) => r.n)).toEqual(data.rows.map((_, i) => i));
    expect(tableRecords(data, undefined).every((r) => r.kind === 'row')).toBe(true);
  });
});

describe('messageAt and cellLabel', () => {
  it('finds template texts and refuses keys that do not exist', () => {
    expect(messageAt('zh-CN', 'dashboards:templates.cockpit.title')).toBe(resources['zh-CN'].dashboards.templates.cockpit.title);
    expect(messageAt('en', 'dashboards:templates.nope')).toBeNull();
    expect(messageAt('en', 'dashboards:templates')).toBeNull();
    expect(messageAt('en', 'dashboards:__proto__.constructor')).toBeNull();
  });

  it('labels Other, enum codes, months and numbers', () => {
    const labels: CatalogLabels = { field: (id) => id, value: (field, code) => `${field}.${code}`, measure: (id) => id, help: () => '' };
    const tier: DataColumn = { key: 'tier', kind: 'dimension', format: 'code', valueLabelPrefix: 'catalog:values.tier' };
    const month: DataColumn = { key: 'month', kind: 'dimension', format: 'code' };
    const clv: DataColumn = { key: 'clv', kind: 'field', format: 'currency' };
    const format = formatterFor('zh-CN');
    expect(cellLabel(tier, OTHER_GROUP, labels, '其他', 'zh-CN', format)).toBe('其他');
    expect(cellLabel(tier, 'atRisk', labels, '其他', 'zh-CN', format)).toBe('tier.atRisk');
    expect(cellLabel(month, '2026-03', labels, '其他', 'zh-CN', format)).toBe('2026年3月');
    expect(cellLabel(clv, 1234.5, labels, '其他', 'zh-CN', format)).toBe('¥1,234.50');
    expect(cellLabel(clv, null, labels, '其他', 'zh-CN', format)).toBe('—');
  });
});
