// Rejection reasons: both languages in one stored text, the cause named from the column's meaning.
import { describe, expect, it } from 'vitest';
import { canonicalTables } from '../../../shared/domain/canonical-tables';
import { formatReason, reasonIn, requiredEmptyReason } from '../../../shared/import/reject-reasons';
import { rejectsCsv, ENGLISH_REJECTS_HEADERS } from '../../../shared/import/rejects-csv';

const field = (table: keyof typeof canonicalTables, name: string) => {
  const f = canonicalTables[table].fields.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return f;
};
const orderDate = field('orders', 'order_date');

describe('rejection reasons', () => {
  it.each(['订单付款时间', '支付时间', 'Payment Date', 'paid_at', 'PAYTIME'])('an empty payment-time column (%s) reads as an unpaid order, in English and Chinese', (column) => {
    const r = requiredEmptyReason('orders', orderDate, column);
    expect(r.en).toBe(`Order date is empty: no payment time in "${column}" (unpaid order?)`);
    expect(r.zh).toBe(`下单时间为空：「${column}」没有付款时间（未付款订单？）`);
  });

  it.each(['下单时间', '订单创建时间', 'order date'])('any other empty column (%s) is reported as a missing required value', (column) => {
    const r = requiredEmptyReason('orders', orderDate, column);
    expect(r.en).toBe(`Order date is required but "${column}" is empty`);
    expect(r.zh).toBe(`下单时间为必填项，但「${column}」为空`);
  });

  it('gives no payment hint for fields that are not dates', () => {
    expect(requiredEmptyReason('orders', field('orders', 'order_id'), '支付单号').en).toBe('Order ID is required but "支付单号" is empty');
  });

  it('stores one text and hands each UI language its half; older one-language reasons come back whole', () => {
    const stored = formatReason({ en: 'Order date is empty', zh: '下单时间为空' });
    expect(reasonIn(stored, 'en')).toBe('Order date is empty');
    expect(reasonIn(stored, 'zh-CN')).toBe('下单时间为空');
    expect(reasonIn('amount: not a number', 'zh-CN')).toBe('amount: not a number');
  });

  it('exports the reason in the chosen language, or both when none is chosen', () => {
    const row = {
      file: 'o.xlsx',
      sheet: 'sheet1',
      table: 'sheet1',
      row: 3,
      column: '订单付款时间',
      value: null,
      reason: formatReason(requiredEmptyReason('orders', orderDate, '订单付款时间')),
    };
    const zh = rejectsCsv([row], ENGLISH_REJECTS_HEADERS, 'zh-CN').slice(1).split('\r\n')[1];
    expect(zh).toBe('o.xlsx,sheet1,sheet1,3,订单付款时间,,下单时间为空：「订单付款时间」没有付款时间（未付款订单？）');
    const both = rejectsCsv([row], ENGLISH_REJECTS_HEADERS).slice(1).split('\r\n')[1];
    expect(both).toContain('(unpaid order?) ｜ 下单时间为空');
  });
});
