// Layout-editor edits of the cockpit template: add (ids unique, placed below), duplicate,
// delete, replace, apply grid positions (no-op keeps the same object); undo/redo history;
// the gallery's every kind is a valid widget; the results stay valid dashboard specs.
import { describe, expect, it } from 'vitest';
import { DashboardSpecSchema } from '../../../shared/dashboards/dashboard';
import { templateSpec } from '../../../shared/dashboards/templates';
import type { CatalogDescription } from '../../../shared/contract/operations';
import { addWidget, applyLayout, deleteWidget, duplicateWidget, freshWidgetId, replaceWidget } from '../../../renderer/features/dashboards/spec-edit';
import { GALLERY_KINDS, galleryWidget, gallerySize } from '../../../renderer/features/dashboards/gallery';
import { record, redo, startHistory, undo, HISTORY_LIMIT } from '../../../renderer/components/undo-history';
import { editKeyOf } from '../../../renderer/features/dashboards/edit-keys';

const catalog: CatalogDescription = {
  fields: ['region', 'city', 'owner', 'tier', 'value_tier', 'customer_id', 'name', 'churn_probability', 'tenure_days'].map((id) => ({
    id,
    source: 'customer' as const,
    group: 'g',
    labelKey: `catalog:fields.${id}`,
    type: id === 'tier' || id === 'value_tier' ? ('enum' as const) : ('text' as const),
    format: 'text',
    operators: ['='],
  })),
  measures: [
    { id: 'customers', source: 'customer', labelKey: 'm', format: 'count' },
    { id: 'at_risk_customers', source: 'customer', labelKey: 'm', format: 'count' },
    { id: 'churn_rate', source: 'churn_month', labelKey: 'm', format: 'percent' },
  ],
};

describe('spec edits', () => {
  it('adds a widget with a fresh id below the others and keeps the spec valid', () => {
    const spec = templateSpec('cockpit');
    const widget = galleryWidget('bar', spec, catalog, 'text');
    expect(spec.widgets.some((w) => w.id === widget.id)).toBe(false);
    const next = addWidget(spec, widget, gallerySize('bar'));
    const placed = next.layout.find((l) => l.i === widget.id);
    const bottom = Math.max(...spec.layout.map((l) => l.y + l.h));
    expect(placed).toMatchObject({ x: 0, y: bottom, w: 6, h: 8 });
    expect(DashboardSpecSchema.safeParse(next).success).toBe(true);
  });

  it('duplicates with a new id and the same size, deletes widget and layout item', () => {
    const spec = templateSpec('cockpit');
    const dup = duplicateWidget(spec, 'chart_region');
    const copy = dup.widgets.at(-1);
    expect(copy?.id).toBe('chart_region_2');
    expect(dup.layout.at(-1)).toMatchObject({ w: 4, h: 8 });
    expect(DashboardSpecSchema.safeParse(dup).success).toBe(true);
    const del = deleteWidget(dup, 'chart_region');
    expect(del.widgets.some((w) => w.id === 'chart_region')).toBe(false);
    expect(del.layout.some((l) => l.i === 'chart_region')).toBe(false);
    expect(freshWidgetId(dup, 'chart_region')).toBe('chart_region_3');
  });

  it('applies grid positions, and the same positions are no edit', () => {
    const spec = templateSpec('cockpit');
    expect(applyLayout(spec, spec.layout)).toBe(spec);
    const moved = applyLayout(spec, [{ i: 'chart_region', x: 0, y: 40, w: 6, h: 10 }]);
    expect(moved).not.toBe(spec);
    expect(moved.layout.find((l) => l.i === 'chart_region')).toEqual({ i: 'chart_region', x: 0, y: 40, w: 6, h: 10 });
  });

  it('replaces a widget in place', () => {
    const spec = templateSpec('cockpit');
    const w = spec.widgets.find((x) => x.id === 'kpi_active');
    if (!w) throw new Error('template changed');
    const next = replaceWidget(spec, { ...w, title: 'Active' });
    expect(next.widgets.find((x) => x.id === 'kpi_active')?.title).toBe('Active');
    expect(next.widgets.indexOf(next.widgets.find((x) => x.id === 'kpi_active') ?? w)).toBe(spec.widgets.indexOf(w));
  });

  it('gives a valid widget for every gallery kind', () => {
    const spec = templateSpec('cockpit');
    for (const kind of GALLERY_KINDS) {
      const next = addWidget(spec, galleryWidget(kind, spec, catalog, 'hello'), gallerySize(kind));
      expect(DashboardSpecSchema.safeParse(next).success, kind).toBe(true);
    }
  });
});

describe('history and keys', () => {
  it('undoes and redoes, drops redo on a new edit, merges one gesture, keeps 100 steps', () => {
    let h = startHistory(0);
    h = record(h, 1);
    h = record(h, 2);
    expect(undo(h).present).toBe(1);
    expect(redo(undo(h)).present).toBe(2);
    expect(record(undo(h), 5).future).toEqual([]);
    let typed = record(startHistory('a'), 'ab', 'title');
    typed = record(typed, 'abc', 'title');
    expect(undo(typed).present).toBe('a');
    let long = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 20; i += 1) long = record(long, i);
    expect(long.past).toHaveLength(HISTORY_LIMIT);
  });

  it('maps Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y', () => {
    const k = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) =>
      editKeyOf({ ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, key, ...mods });
    expect(k('z', { ctrlKey: true })).toBe('undo');
    expect(k('Z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(k('y', { ctrlKey: true })).toBe('redo');
    expect(k('z')).toBeNull();
    expect(k('s', { ctrlKey: true })).toBeNull();
  });
});
