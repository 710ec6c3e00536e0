// Labels live only in the i18n resources; code and the contract carry ids. Every id the engine
// reports — features, reason types, RFM codes, canonical tables and fields, health indicators
// and groups — must have a label in both UI languages.
import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n/resources';
import { locales } from '../../shared/i18n/locales';
import { featureIds } from '../../shared/scoring/feature-catalog';
import { reasonTypes } from '../../shared/scoring/reason-types';
import { RFM_SEGMENTS, RFM_VALUE_CLASSES } from '../../shared/models/rfm';
import { canonicalTableNames, canonicalTables } from '../../shared/domain/canonical-tables';
import { canonicalFieldLabel, canonicalTableLabel } from '../../shared/domain/canonical-labels';
import { defaultHealthConfig } from '../../shared/scoring/health-config';

function lookup(locale: (typeof locales)[number], key: string): unknown {
  const [ns, path] = key.split(':') as [string, string];
  let node: unknown = (resources[locale] as Record<string, unknown>)[ns];
  for (const part of path.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

function missingKeys(keys: readonly string[]): string[] {
  const missing: string[] = [];
  for (const locale of locales) for (const key of keys) if (typeof lookup(locale, key) !== 'string' || lookup(locale, key) === '') missing.push(`${locale} ${key}`);
  return missing;
}

describe('labels of engine ids', () => {
  it('labels every snapshot feature', () => {
    expect(missingKeys(featureIds.map((id) => `catalog:fields.${id}`))).toEqual([]);
  });

  it('labels every reason type', () => {
    expect(missingKeys(reasonTypes.flatMap((code) => [`catalog:values.top_reason.${code}`, `scoring:reasonTypes.${code}`]))).toEqual([]);
  });

  it('labels every RFM segment and value class', () => {
    expect(RFM_SEGMENTS).toHaveLength(11);
    expect(RFM_VALUE_CLASSES).toHaveLength(8);
    expect(missingKeys(RFM_SEGMENTS.map((code) => `catalog:values.rfm_segment.${code}`))).toEqual([]);
    expect(missingKeys(RFM_VALUE_CLASSES.map((code) => `catalog:values.rfm_class.${code}`))).toEqual([]);
  });

  it('labels every canonical table and field, and no field that does not exist', () => {
    const keys = canonicalTableNames.flatMap((table) => [
      `data:canonical.tables.${table}`,
      ...canonicalTables[table].fields.map((f) => `data:canonical.fields.${table}.${f.name}`),
    ]);
    expect(missingKeys(keys)).toEqual([]);
    for (const locale of locales) {
      expect(Object.keys(resources[locale].data.canonical.tables).sort()).toEqual([...canonicalTableNames].sort());
      for (const table of canonicalTableNames) {
        expect(Object.keys(resources[locale].data.canonical.fields[table]).sort()).toEqual(canonicalTables[table].fields.map((f) => f.name).sort());
      }
    }
    expect(canonicalTableLabel('orders', 'en')).toBe('Orders');
    expect(canonicalTableLabel('orders', 'zh-CN')).toBe('订单');
    expect(canonicalFieldLabel('orders', 'order_date', 'zh-CN')).toBe('下单时间');
    expect(canonicalFieldLabel('campaigns', 'name', 'en')).toBe('Name');
    expect(canonicalFieldLabel('orders', 'no_such_field', 'en')).toBe('no_such_field');
  });

  it('labels every default health indicator and group', () => {
    expect(missingKeys(defaultHealthConfig.indicators.map((i) => `scoring:health.indicatorNames.${i.id}`))).toEqual([]);
    expect(missingKeys(defaultHealthConfig.groups.map((g) => `scoring:health.groupNames.${g.id}`))).toEqual([]);
    expect(missingKeys(defaultHealthConfig.indicators.map((i) => `catalog:fields.${i.feature}`))).toEqual([]);
  });

  it('has Chinese labels that differ from the English ones', () => {
    const keys = [
      ...featureIds.map((id) => `catalog:fields.${id}`),
      ...reasonTypes.map((code) => `catalog:values.top_reason.${code}`),
      ...RFM_SEGMENTS.map((code) => `catalog:values.rfm_segment.${code}`),
      ...defaultHealthConfig.groups.map((g) => `scoring:health.groupNames.${g.id}`),
    ];
    expect(keys.filter((k) => lookup('en', k) === lookup('zh-CN', k))).toEqual([]);
  });
});
