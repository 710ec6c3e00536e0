import { describe, expect, it } from 'vitest';
import { attributeFieldId, baseCatalog, buildCatalog } from '../../../shared/catalog';
import { featureIds } from '../../../shared/scoring/feature-catalog';
import { resources } from '../../../shared/i18n/resources';
import { rfmSegment, rfmValueClass } from '../../../shared/models/rfm';
import { valueRisk } from '../../../shared/scoring/value-risk';

function lookup(locale: 'en' | 'zh-CN', key: string): unknown {
  const [ns, path] = key.split(':') as [string, string];
  let node: unknown = (resources[locale] as Record<string, unknown>)[ns];
  for (const part of path.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

describe('the catalog', () => {
  it('exposes every snapshot feature as a customer field', () => {
    for (const id of featureIds) expect(baseCatalog.field('customer', id)?.column).toBe(id);
  });

  it('labels every field, enum value, measure and definition in both languages', () => {
    const missing: string[] = [];
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const f of baseCatalog.fields) {
        if (typeof lookup(locale, f.labelKey) !== 'string') missing.push(`${locale} ${f.labelKey}`);
        for (const v of f.values ?? []) if (typeof lookup(locale, `${f.valueLabelPrefix}.${v}`) !== 'string') missing.push(`${locale} ${f.id}=${v}`);
      }
      for (const m of baseCatalog.measures) {
        if (typeof lookup(locale, m.labelKey) !== 'string') missing.push(`${locale} ${m.labelKey}`);
        if (m.helpKey && typeof lookup(locale, m.helpKey) !== 'string') missing.push(`${locale} ${m.helpKey}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has Chinese labels that differ from the English ones', () => {
    const same = baseCatalog.fields.filter((f) => f.id !== 'clv' && lookup('en', f.labelKey) === lookup('zh-CN', f.labelKey));
    expect(same.map((f) => f.id)).toEqual([]);
  });

  it('lists every enum code the scoring writes', () => {
    const values = (id: string) => baseCatalog.field('customer', id)?.values ?? [];
    const segments = new Set<string>();
    const classes = new Set<string>();
    for (let r = 1; r <= 5; r++) for (let f = 1; f <= 5; f++) segments.add(rfmSegment(r, f));
    for (const rHigh of [true, false]) for (const fHigh of [true, false]) for (const mHigh of [true, false]) classes.add(rfmValueClass(rHigh, fHigh, mHigh));
    expect([...segments].filter((c) => !values('rfm_segment').includes(c))).toEqual([]);
    expect([...classes].sort()).toEqual([...values('rfm_class')].sort());
    for (const tier of ['high', 'medium', 'low'] as const) for (const risk of [true, false]) expect(values('value_risk')).toContain(valueRisk(tier, risk));
  });

  it('turns any imported attribute name into a safe, distinct id with the name bound as data', () => {
    const names = ['客户类型', '客户 类型', 'Employees', 'a"b', "x'; DROP TABLE customers; --", '😀', 'a'.repeat(500)];
    const catalog = buildCatalog(names.map((name) => ({ name, type: 'text' as const })));
    const attrs = catalog.fields.filter((f) => f.group === 'attributes');
    expect(attrs).toHaveLength(names.length);
    for (const f of attrs) {
      expect(f.id).toMatch(/^attr_[a-z0-9_]+$/);
      expect(f.column).toBe('attributes');
      expect(names).toContain(f.attributeKey);
      expect(f.rawLabel).toBe(f.attributeKey);
    }
    expect(attributeFieldId('客户类型')).not.toBe(attributeFieldId('客户 类型'));
    expect(attributeFieldId('Employees')).toBe(attributeFieldId('Employees'));
  });

  it('resolves measures only within their own source', () => {
    expect(baseCatalog.measure('churn_month', 'churn_rate')?.ratio).toEqual({ numerator: 'churned', denominator: 'active_at_start' });
    expect(baseCatalog.measure('customer', 'churn_rate')).toBeUndefined();
    expect(baseCatalog.field('churn_month', 'health_score')).toBeUndefined();
  });
});
