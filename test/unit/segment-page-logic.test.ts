// Pure logic behind the Segments page and the segment filter of the Customers grid: the hash
// links between them, the membership condition ANDed with the grid's filters, the sparkline's
// geometry, the unsaved-changes comparison and the two languages' texts.
import { describe, expect, it } from 'vitest';
import type { FilterNode } from '../../shared/query/ast';
import { SAVED_SEGMENT_FIELD } from '../../shared/segments/definition';
import { customersBySegmentsHref, routeFromHash, segmentHref, segmentIdFromHash, segmentIdsFromHash } from '../../renderer/app/routes';
import { withSegments } from '../../renderer/features/customers/customer-datasource';
import { sparklinePoints } from '../../renderer/features/segments/SegmentSparkline';
import { ruleKey } from '../../renderer/features/segments/editor-state';
import { downloadUrl } from '../../renderer/api/download';
import { segmentListsEn } from '../../shared/i18n/messages/segment-lists.en';
import { segmentListsZhCN } from '../../shared/i18n/messages/segment-lists.zh-CN';

describe('segment links in the hash', () => {
  it('opens a saved segment and comes back to the list', () => {
    expect(segmentHref()).toBe('#/segments');
    expect(segmentHref(7)).toBe('#/segments?segment=7');
    expect(routeFromHash(segmentHref(7))).toBe('segments');
    expect(segmentIdFromHash(segmentHref(7))).toBe(7);
    expect(segmentIdFromHash('#/segments')).toBeNull();
    expect(segmentIdFromHash('#/segments?segment=-3')).toBeNull();
    expect(segmentIdFromHash('#/segments?segment=abc')).toBeNull();
  });

  it('filters the Customers grid by several segments, ignoring what is not an id', () => {
    const href = customersBySegmentsHref([3, 12]);
    expect(href).toBe('#/customers?segments=3,12');
    expect(routeFromHash(href)).toBe('customers');
    expect(segmentIdsFromHash(href)).toEqual([3, 12]);
    expect(segmentIdsFromHash('#/customers?segments=3,x,3,0,1.5,9')).toEqual([3, 9]);
    expect(segmentIdsFromHash('#/customers')).toEqual([]);
    expect(customersBySegmentsHref([])).toBe('#/customers');
  });
});

describe('segment membership in the grid filter', () => {
  const region: FilterNode = { kind: 'condition', field: 'region', op: 'in', values: ['华东'] };

  it('leaves the filter alone without segments', () => {
    expect(withSegments(undefined, [])).toBeUndefined();
    expect(withSegments(region, [])).toBe(region);
  });

  it('adds saved_segment in [...] alone or ANDed with the column filters', () => {
    expect(withSegments(undefined, [4, 5])).toEqual({ kind: 'condition', field: SAVED_SEGMENT_FIELD, op: 'in', values: [4, 5] });
    expect(withSegments(region, [4])).toEqual({
      kind: 'group',
      op: 'and',
      children: [region, { kind: 'condition', field: SAVED_SEGMENT_FIELD, op: 'in', values: [4] }],
    });
  });
});

describe('segment sparkline', () => {
  it('spans the width, highest size on top, lowest at the bottom', () => {
    const pts = sparklinePoints([10, 30, 20], 100, 20)
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(pts).toHaveLength(3);
    expect(pts[0]?.[0]).toBe(2);
    expect(pts[2]?.[0]).toBe(98);
    expect(pts[1]?.[1]).toBe(2);
    expect(pts[0]?.[1]).toBe(18);
  });

  it('draws a flat or single-point series in the middle', () => {
    expect(sparklinePoints([5], 100, 20)).toBe('50.0,10.0');
    expect(sparklinePoints([5, 5], 100, 20)).toBe('2.0,10.0 98.0,10.0');
    expect(sparklinePoints([], 100, 20)).toBe('');
  });
});

describe('unsaved changes', () => {
  it('reads equal rules in another key order as unchanged, and a changed value as changed', () => {
    const a: FilterNode = { kind: 'group', op: 'and', children: [{ kind: 'condition', field: 'tier', op: 'in', values: ['atRisk'] }] };
    const b = JSON.parse('{"children":[{"values":["atRisk"],"op":"in","field":"tier","kind":"condition"}],"op":"and","kind":"group"}') as FilterNode;
    expect(ruleKey(a)).toBe(ruleKey(b));
    const c: FilterNode = { kind: 'group', op: 'and', children: [{ kind: 'condition', field: 'tier', op: 'in', values: ['watch'] }] };
    expect(ruleKey(a)).not.toBe(ruleKey(c));
    expect(ruleKey(null)).toBe('');
  });
});

describe('call-list download link', () => {
  it('carries the id and the session token as query parameters', () => {
    expect(downloadUrl('abc 1', 't0k')).toBe('/api/download?id=abc+1&token=t0k');
    expect(downloadUrl('x', null)).toBe('/api/download?id=x');
  });
});

describe('segment-lists texts', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
  function flatten(o: object, prefix = ''): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string') out[`${prefix}${k}`] = v;
      else Object.assign(out, flatten(v as object, `${prefix}${k}.`));
    }
    return out;
  }

  it('has the same keys and placeholders in both languages, and Chinese in zh-CN', () => {
    const en = flatten(segmentListsEn);
    const zh = flatten(segmentListsZhCN);
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of Object.entries(zh)) {
      expect(placeholders(text), key).toEqual(placeholders(en[key] ?? ''));
      expect(text.trim(), key).not.toBe('');
    }
    // Only format names and units may stay Latin in Chinese.
    const latinOnly = Object.entries(zh).filter(([, text]) => !/[\u4e00-\u9fff]/.test(text) && !/^(CSV|\{\{\w+\}\}.*)$/.test(text));
    expect(latinOnly).toEqual([]);
  });
});
