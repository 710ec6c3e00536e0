// Rejection reasons as codes with params: the cause named from the column's meaning (a guest
// checkout, an unpaid order), one stored spelling per reason, and a label for every code in both
// UI languages — old sentences (code 'legacy') still shown in the reader's language.
import { describe, expect, it } from 'vitest';
import { canonicalTables } from '../../../shared/domain/canonical-tables';
import { rejectCodes, type RejectReason } from '../../../shared/contract/domains/import-rejects';
import { invalidValueKinds } from '../../../shared/import/convert';
import { duplicateKey, invalidValue, legacyReason, paramsText, parseParams, requiredEmpty } from '../../../shared/import/reject-reasons';
import { rejectReasonText } from '../../../shared/import/reject-text';
import { rejectsCsv, rejectsCsvHeaders } from '../../../shared/import/rejects-csv';
import { locales } from '../../../shared/i18n/locales';
import { resources } from '../../../shared/i18n/resources';

const field = (table: keyof typeof canonicalTables, name: string) => {
  const f = canonicalTables[table].fields.find((x) => x.name === name);
  if (!f) throw new Error(name);
  return f;
};
const orderDate = field('orders', 'order_date');
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('rejection reasons', () => {
  it.each(['订单付款时间', '支付时间', 'Payment Date', 'paid_at', 'PAYTIME'])('an empty payment-time column (%s) is an unpaid order', (column) => {
    expect(requiredEmpty('orders', orderDate, column)).toEqual({ code: 'unpaidOrder', params: { table: 'orders', field: 'order_date', column } });
  });

  it.each(['下单时间', '订单创建时间', 'order date'])('any other empty column (%s) is a missing required value', (column) => {
    expect(requiredEmpty('orders', orderDate, column)).toEqual({ code: 'requiredEmpty', params: { table: 'orders', field: 'order_date', column } });
  });

  it('gives no payment hint for fields that are not dates', () => {
    expect(requiredEmpty('orders', field('orders', 'order_id'), '支付单号').code).toBe('requiredEmpty');
  });

  it.each(['orders', 'tickets', 'activities', 'surveys'] as const)('an empty customer id on %s is a guest row; on customers it is a missing key', (table) => {
    expect(requiredEmpty(table, field(table, 'customer_id'), 'CustomerID')).toEqual({ code: 'customerMissing', params: { table, column: 'CustomerID' } });
    expect(requiredEmpty('customers', field('customers', 'customer_id'), 'CustomerID').code).toBe('requiredEmpty');
  });

  it('spells params one way whatever their order, and reads them back', () => {
    expect(paramsText({ table: 'orders', column: 'X', field: 'amount' })).toBe('{"column":"X","field":"amount","table":"orders"}');
    expect(paramsText({ field: 'amount', table: 'orders', column: 'X' })).toBe(paramsText({ table: 'orders', column: 'X', field: 'amount' }));
    expect(parseParams(paramsText({ a: 1, b: 'x' }))).toEqual({ a: 1, b: 'x' });
    expect(parseParams('[1]')).toEqual({});
    expect(parseParams('not json')).toEqual({});
    expect(parseParams('{"a":{"nested":1},"b":2}')).toEqual({ b: 2 });
  });

  it('has a label for every code and every kind of invalid value in both languages, with the same placeholders', () => {
    for (const code of rejectCodes) {
      const zh = resources['zh-CN'].rejects.codes[code];
      const en = resources.en.rejects.codes[code];
      expect(zh, code).toMatch(/\S/);
      expect(en, code).toMatch(/\S/);
      expect(placeholders(en), code).toEqual(placeholders(zh));
    }
    for (const kind of invalidValueKinds) {
      expect(resources['zh-CN'].rejects.expected[kind], kind).toMatch(/\S/);
      expect(resources.en.rejects.expected[kind], kind).toMatch(/\S/);
    }
  });

  const examples: [RejectReason, string, string][] = [
    [requiredEmpty('orders', orderDate, '下单时间'), 'Order date is empty (required)', '下单时间为空（必填项）'],
    [requiredEmpty('orders', orderDate, '付款时间'), 'Order date is empty: no payment time (unpaid order?)', '下单时间为空：没有付款时间（未付款订单？）'],
    [requiredEmpty('orders', field('orders', 'customer_id'), 'CustomerID'), 'Customer ID empty (guest checkout)', '客户ID为空（游客下单）'],
    [invalidValue('orders', 'amount', '金额', 'number'), 'Amount: not a number', '金额：不是有效的数字'],
    [invalidValue('orders', 'order_date', 'InvoiceDate', 'date'), 'Order date: not a date', '下单时间：不是有效的日期'],
    [invalidValue('orders', 'status', '状态', 'choice'), 'Order status: not one of the known values', '订单状态：不是可识别的取值'],
    [
      duplicateKey('orders', 'order_id', 'InvoiceNo'),
      'Orders: this Order ID already exists (in the workspace or earlier in this import); import with "Update by key" to update it',
      '订单中已有相同的订单号（工作区中或本次导入的前面几行）；要更新已有记录，请选择“按主键更新”',
    ],
  ];
  it.each(examples)('labels %j in English and Chinese', (reason, en, zh) => {
    expect(rejectReasonText(reason, 'en')).toBe(en);
    expect(rejectReasonText(reason, 'zh-CN')).toBe(zh);
  });

  it('labels every code without a placeholder left over, in both languages', () => {
    const one: Record<(typeof rejectCodes)[number], RejectReason> = {
      requiredEmpty: requiredEmpty('tickets', field('tickets', 'opened_at'), 'opened'),
      unpaidOrder: requiredEmpty('orders', orderDate, 'paid_at'),
      customerMissing: requiredEmpty('tickets', field('tickets', 'customer_id'), 'cust'),
      invalidValue: invalidValue('surveys', 'score', 'score', 'integer'),
      duplicateKey: duplicateKey('customers', 'customer_id', null),
      legacy: legacyReason('amount: not a number: "x"'),
    };
    for (const locale of locales) for (const code of rejectCodes) expect(rejectReasonText(one[code], locale), `${code} ${locale}`).not.toMatch(/\{\{|undefined/);
  });

  it('shows an old stored sentence in the reader language: the half of a bilingual one, old English shapes in Chinese', () => {
    const bilingual = legacyReason('Order date is empty: no payment time in "付款时间" (unpaid order?) ｜ 下单时间为空：「付款时间」没有付款时间（未付款订单？）');
    expect(rejectReasonText(bilingual, 'en')).toBe('Order date is empty: no payment time in "付款时间" (unpaid order?)');
    expect(rejectReasonText(bilingual, 'zh-CN')).toBe('下单时间为空：「付款时间」没有付款时间（未付款订单？）');
    expect(rejectReasonText(legacyReason('amount: not a number: "=SUM(A0)"'), 'zh-CN')).toBe('金额：不是有效的数字："=SUM(A0)"');
    expect(rejectReasonText(legacyReason('amount: not a number: "=SUM(A0)"'), 'en')).toBe('amount: not a number: "=SUM(A0)"');
  });

  it('exports the reason in the chosen language, with its code and headers in that language', () => {
    const row = { file: 'o.xlsx', sheet: 'sheet1', table: 'sheet1', row: 3, column: '订单付款时间', value: null, reason: requiredEmpty('orders', orderDate, '订单付款时间') };
    const zh = rejectsCsv([row], rejectsCsvHeaders('zh-CN'), 'zh-CN').slice(1).split('\r\n');
    expect(zh[0]).toBe('文件,工作表,源表,行号,列,值,原因,原因代码');
    expect(zh[1]).toBe('o.xlsx,sheet1,sheet1,3,订单付款时间,,下单时间为空：没有付款时间（未付款订单？）,unpaidOrder');
    const en = rejectsCsv([row], rejectsCsvHeaders('en'), 'en').slice(1).split('\r\n');
    expect(en[0]).toBe('File,Sheet,Source table,Row,Column,Value,Reason,Reason code');
    expect(en[1]).toBe('o.xlsx,sheet1,sheet1,3,订单付款时间,,Order date is empty: no payment time (unpaid order?),unpaidOrder');
  });
});
