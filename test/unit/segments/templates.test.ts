// The starter templates: every filter compiles against the base catalog (so it names only
// fields and codes that exist), every name and description is worded in both languages, and
// the RFM group covers each named RFM segment exactly once.
import { describe, expect, it } from 'vitest';
import { baseCatalog } from '../../../shared/catalog';
import { RFM_SEGMENTS } from '../../../shared/models/rfm';
import { compileFilter } from '../../../shared/query/compile-filter';
import type { FilterNode } from '../../../shared/query/ast';
import { sqliteDialect } from '../../../shared/query/dialect-sqlite';
import { resources } from '../../../shared/i18n/resources';
import { locales } from '../../../shared/i18n/locales';
import { SEGMENT_COLORS } from '../../../shared/segments/definition';
import { SEGMENT_TEMPLATES } from '../../../shared/segments/templates';

function lookup(locale: (typeof locales)[number], key: string): unknown {
  const [ns, path] = key.split(':') as [string, string];
  let node: unknown = (resources[locale] as Record<string, unknown>)[ns];
  for (const part of path.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

function conditions(node: FilterNode): { field: string; values: unknown[] }[] {
  if (node.kind === 'group') return node.children.flatMap(conditions);
  if (node.kind === 'not') return conditions(node.child);
  return [{ field: node.field, values: [node.value, ...(node.values ?? [])].filter((v) => v !== undefined) }];
}

describe('segment templates', () => {
  it('compile against the base catalog with bound values only', () => {
    for (const template of SEGMENT_TEMPLATES) {
      const compiled = compileFilter(template.filter, { resolveField: (id) => baseCatalog.field('customer', id), dialect: sqliteDialect, asOf: '2024-06-30' });
      expect(compiled.sql, template.id).not.toMatch(/'/);
      expect(compiled.params.length, template.id).toBeGreaterThan(0);
    }
  });

  it('use only enum codes the catalog lists', () => {
    const wrong: string[] = [];
    for (const template of SEGMENT_TEMPLATES) {
      for (const { field, values } of conditions(template.filter)) {
        const codes = baseCatalog.field('customer', field)?.values;
        if (codes) for (const v of values) if (!codes.includes(String(v))) wrong.push(`${template.id} ${field}=${String(v)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('have unique ids, a known colour and wording in both languages that differs', () => {
    expect(new Set(SEGMENT_TEMPLATES.map((t) => t.id)).size).toBe(SEGMENT_TEMPLATES.length);
    const missing: string[] = [];
    for (const template of SEGMENT_TEMPLATES) {
      expect(SEGMENT_COLORS).toContain(template.color);
      for (const key of [template.labelKey, template.descriptionKey]) {
        for (const locale of locales) if (typeof lookup(locale, key) !== 'string' || lookup(locale, key) === '') missing.push(`${locale} ${key}`);
        expect(lookup('en', key), key).not.toBe(lookup('zh-CN', key));
      }
    }
    expect(missing).toEqual([]);
  });

  it('offer the four seed segments and one template per named RFM segment', () => {
    expect(SEGMENT_TEMPLATES.filter((t) => t.group === 'seed').map((t) => t.id)).toEqual(['high_value', 'potential', 'warning', 'low_value']);
    const rfm = SEGMENT_TEMPLATES.filter((t) => t.group === 'rfm');
    expect(rfm.map((t) => t.filter)).toEqual(RFM_SEGMENTS.map((code) => ({ kind: 'condition', field: 'rfm_segment', op: '=', value: code })));
  });

  it('keep the seed templates to live customers', () => {
    for (const template of SEGMENT_TEMPLATES.filter((t) => t.group === 'seed')) {
      expect(template.filter.kind === 'group' && template.filter.op === 'and' && template.filter.children[0]).toEqual({
        kind: 'condition',
        field: 'lifecycle',
        op: '=',
        value: 'active',
      });
    }
  });
});
