// The Data page's mapping editor rules, without a browser.
import { describe, expect, it } from 'vitest';
import type { PreviewTable, SavedMapping } from '../../shared/contract/domains/import';
import {
  applySaved,
  assignColumn,
  changeTarget,
  draftFromPreview,
  fieldByColumn,
  missingRequired,
  suggestedDraft,
  toSavedTable,
  toTableMapping,
  sentExplicitly,
  unmappedColumns,
} from '../../renderer/features/data/mapping-draft';

function table(overrides: Partial<PreviewTable> = {}): PreviewTable {
  return {
    name: '订单',
    columns: ['订单号', '客户编号', '下单时间', '实付金额', '备注'],
    sourceColumns: ['订单号', '客户编号', '下单时间', '实付金额', '备注'],
    headerRow: 1,
    sampleRows: [['A1', 'C1', '2024-03-05', '12.5', null]],
    sampleRowNumbers: [2],
    rowCount: null,
    headerSignature: 'sig-orders',
    suggestion: {
      target: 'orders',
      confidence: 0.9,
      fields: [
        { field: 'order_id', column: '订单号', confidence: 0.95, reason: 'synonym' },
        { field: 'customer_id', column: '客户编号', confidence: 0.95, reason: 'synonym' },
        { field: 'order_date', column: '下单时间', confidence: 0.9, reason: 'dates' },
        { field: 'amount', column: '实付金额', confidence: 0.8, reason: 'synonym' },
        // A suggestion naming a column that is not there is ignored, not shown as mapped.
        { field: 'channel', column: '渠道', confidence: 0.5, reason: 'stale' },
      ],
      generated: [],
      unmapped: ['备注'],
      alternatives: [{ target: 'customers', confidence: 0.3 }],
    },
    savedMapping: null,
    ...overrides,
  };
}

describe('mapping draft', () => {
  it('starts from the suggestion, keeping only columns that exist', () => {
    const d = draftFromPreview(table());
    expect(d.origin).toBe('suggested');
    expect(d.target).toBe('orders');
    expect(d.fields).toEqual({ order_id: '订单号', customer_id: '客户编号', order_date: '下单时间', amount: '实付金额' });
    expect(unmappedColumns(d)).toEqual(['备注']);
    expect(missingRequired(d)).toEqual([]);
  });

  it('prefers a saved mapping for the same headers', () => {
    const d = draftFromPreview(
      table({
        savedMapping: {
          name: '月度订单',
          mapping: {
            target: 'orders',
            fields: [
              { field: 'order_id', column: '订单号' },
              { field: 'customer_id', column: '备注' },
            ],
          },
        },
      }),
    );
    expect(d.origin).toBe('saved');
    expect(d.savedName).toBe('月度订单');
    expect(d.fields).toEqual({ order_id: '订单号', customer_id: '备注' });
    expect(missingRequired(d).map((f) => f.name)).toEqual(['order_date']);
  });

  it('lets one column feed one field: assigning moves it', () => {
    const d = assignColumn(draftFromPreview(table()), 'product', '订单号');
    expect(d.origin).toBe('edited');
    expect(d.fields.product).toBe('订单号');
    expect(d.fields.order_id).toBeUndefined();
    const cleared = assignColumn(d, 'amount', null);
    expect(cleared.fields.amount).toBeUndefined();
    expect(fieldByColumn(cleared).get('订单号')).toBe('product');
  });

  it('changing the target keeps the fields that exist there, and returning restores the suggestion', () => {
    const t = table();
    const toCustomers = changeTarget(draftFromPreview(t), 'customers', t);
    expect(toCustomers.target).toBe('customers');
    // customer_id exists in customers; order fields do not.
    expect(toCustomers.fields).toEqual({ customer_id: '客户编号' });
    const back = changeTarget(toCustomers, 'orders', t);
    expect(back.fields).toEqual(suggestedDraft(t).fields);
    const raw = changeTarget(back, 'raw', t);
    expect(raw.fields).toEqual({});
    expect(toTableMapping(raw)).toEqual({ table: '订单', target: 'raw', fields: [] });
  });

  it('emits fields in the canonical order for import.run and mapping.save', () => {
    const d = assignColumn(draftFromPreview(table()), 'product', '备注');
    expect(toTableMapping(d).fields.map((f) => f.field)).toEqual(['order_id', 'customer_id', 'order_date', 'amount', 'product']);
    const saved = toSavedTable(d);
    expect(saved.signature).toBe('sig-orders');
    expect(saved.columns).toEqual(table().columns);
  });

  it('applies a saved mapping by signature, then by name, then a lone table', () => {
    const d = draftFromPreview(table());
    const mapping = (tables: SavedMapping['tables']): SavedMapping => ({ name: 'm', tables });
    const bySig = applySaved(
      d,
      mapping([
        { table: 'other', target: 'customers', signature: 'x', columns: [], fields: [] },
        { table: 'whatever', target: 'orders', signature: 'sig-orders', columns: [], fields: [{ field: 'order_id', column: '备注' }] },
      ]),
    );
    expect(bySig?.fields).toEqual({ order_id: '备注' });
    const byName = applySaved(
      d,
      mapping([
        { table: 'x', target: 'customers', columns: [], fields: [] },
        { table: '订单', target: 'orders', columns: [], fields: [{ field: 'amount', column: '实付金额' }] },
      ]),
    );
    expect(byName?.fields).toEqual({ amount: '实付金额' });
    expect(byName?.savedName).toBe('m');
    const lone = applySaved(d, mapping([{ table: 'x', target: 'customers', columns: [], fields: [{ field: 'customer_id', column: '客户编号' }] }]));
    expect(lone?.target).toBe('customers');
    expect(
      applySaved(
        d,
        mapping([
          { table: 'a', target: 'customers', columns: [], fields: [] },
          { table: 'b', target: 'orders', columns: [], fields: [] },
        ]),
      ),
    ).toBeNull();
  });
});

describe('orders or order lines', () => {
  const retail = table({
    name: 'online-retail',
    columns: ['InvoiceNo', 'StockCode', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'],
    sourceColumns: ['InvoiceNo', 'StockCode', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'],
    sampleRows: [
      ['536365', '85123A', '6', '12/1/2010 8:26', '2.55', '17850'],
      ['536365', '71053', '6', '12/1/2010 8:26', '3.39', '17850'],
    ],
    suggestion: {
      target: 'orders',
      confidence: 0.9,
      fields: [
        { field: 'order_id', column: 'InvoiceNo', confidence: 0.9, reason: 'synonym' },
        { field: 'customer_id', column: 'CustomerID', confidence: 0.9, reason: 'synonym' },
        { field: 'order_date', column: 'InvoiceDate', confidence: 0.9, reason: 'synonym' },
        { field: 'amount', column: 'UnitPrice', confidence: 0.4, reason: 'contains price' },
      ],
      generated: [],
      unmapped: [],
      alternatives: [{ target: 'order_lines', confidence: 0.9 }],
    },
  });

  it('switching to lines reads the unit price as a unit price, not as the amount, and keeps the order key', () => {
    const lines = changeTarget(draftFromPreview(retail), 'order_lines', retail);
    expect(lines.fields).toMatchObject({ order_id: 'InvoiceNo', unit_price: 'UnitPrice', quantity: 'Quantity', sku: 'StockCode', customer_id: 'CustomerID' });
    expect(lines.fields.amount).toBeUndefined();
    expect(missingRequired(lines)).toEqual([]);
  });

  it('a suggested orders grain is sent explicitly (the import samples more rows than the preview); other suggestions are left to the host', () => {
    expect(sentExplicitly(draftFromPreview(retail))).toBe(true);
    expect(sentExplicitly(changeTarget(draftFromPreview(retail), 'order_lines', retail))).toBe(true);
    expect(sentExplicitly(draftFromPreview(table({ suggestion: { ...retail.suggestion, target: 'customers', fields: [] } })))).toBe(false);
  });
});
