// Mapping suggestions from header synonyms (Chinese and English; case-, width- and
// space-insensitive) and value evidence; header signatures; field conversion for the model.
import { describe, expect, it } from 'vitest';
import { fieldSpec } from '../../../shared/domain/canonical-tables';
import { convertField } from '../../../shared/import/field-value';
import { checkMapping, headerSignature, suggestMapping } from '../../../shared/import/mapping';

const fields = (s: ReturnType<typeof suggestMapping>): Record<string, string> => Object.fromEntries(s.fields.map((f) => [f.field, f.column]));

describe('suggestMapping', () => {
  it('maps a Chinese orders export onto orders, preferring 订单创建时间 over 付款时间', () => {
    const s = suggestMapping({
      name: 'sheet1',
      columns: ['买家会员名', '买家实际支付金额', '宝贝总数量', '宝贝标题', '订单付款时间', '订单创建时间'],
      samples: [['mr001', '12.5', 1, '书', '2018-01-01 09:26:18', '2018-01-01 09:20:00']],
    });
    expect(s.target).toBe('orders');
    expect(fields(s)).toEqual({ customer_id: '买家会员名', amount: '买家实际支付金额', quantity: '宝贝总数量', product: '宝贝标题', order_date: '订单创建时间' });
    expect(s.generated).toEqual(['order_id']);
    expect(s.unmapped).toEqual(['订单付款时间']);
  });

  it('is case-, width- and space-insensitive: ＣｕｓｔｏｍｅｒＩＤ, " Order Date ", TOTAL', () => {
    const s = suggestMapping({ name: 'x', columns: ['ＣｕｓｔｏｍｅｒＩＤ', ' Order Date ', 'TOTAL'], samples: [['C1', '2024-03-05', '¥1,200']] });
    expect(s.target).toBe('orders');
    expect(fields(s)).toEqual({ customer_id: 'ＣｕｓｔｏｍｅｒＩＤ', order_date: ' Order Date ', amount: 'TOTAL' });
  });

  it('a churn flag makes a customer list even without an id column (ids generated)', () => {
    const s = suggestMapping({
      name: '电信客户流失数据',
      columns: ['客户等级', '费用', '流失'],
      samples: [
        ['1', '1.2', '0'],
        ['2', '0.9', '1'],
      ],
    });
    expect(s).toMatchObject({ target: 'customers', generated: ['customer_id'] });
    expect(fields(s)).toEqual({ segment: '客户等级', churned: '流失' });
  });

  it('values that contradict the header veto it; tables with nothing recognisable stay raw', () => {
    expect(
      suggestMapping({
        name: 't',
        columns: ['客户ID', '下单时间'],
        samples: [
          ['C1', '明天'],
          ['C2', '后天'],
        ],
      }).target,
    ).not.toBe('orders');
    expect(suggestMapping({ name: 'Track', columns: ['TrackId', 'Name', 'Milliseconds'], samples: [[1, 'x', 3]] }).target).toBe('raw');
  });

  it('checkMapping refuses unknown fields, unknown columns and missing required fields', () => {
    expect(
      checkMapping(
        'orders',
        [
          { field: 'customer_id', column: 'c' },
          { field: 'drop table', column: 'd' },
        ],
        ['c', 'd'],
      ).map((p) => p.message),
    ).toEqual(['orders has no field "drop table"', 'orders.order_date is required: map a column onto it']);
  });

  it('header signatures ignore order, case, width and spaces', () => {
    expect(headerSignature(['订单号 ', 'Amount'])).toBe(headerSignature(['amount', '订单号']));
    expect(headerSignature(['a', 'b'])).not.toBe(headerSignature(['a', 'c']));
  });
});

describe('convertField', () => {
  const f = (table: 'customers' | 'orders', name: string) => {
    const spec = fieldSpec(table, name);
    if (!spec) throw new Error(name);
    return spec;
  };
  it.each([
    [f('customers', 'churned'), '是', 'cancelled'],
    [f('customers', 'churned'), 'N', 'active'],
    [f('customers', 'active'), '0', 'cancelled'],
    [f('customers', 'status'), '已流失', 'cancelled'],
    [f('orders', 'status'), '交易成功', 'completed'],
    [f('orders', 'amount'), '1.5万', 15000],
    [f('orders', 'amount'), '¥1,234.50', 1234.5],
    [f('orders', 'order_date'), '2024年3月5日', '2024-03-05'],
    [f('orders', 'order_date'), '20240305', '2024-03-05'],
    [f('orders', 'order_date'), 45356, '2024-03-05'],
    [f('orders', 'order_date'), '2024-03-05 10:30', '2024-03-05 10:30:00'],
    [f('orders', 'customer_id'), 7, '7'],
  ])('%#: %j → %j', (spec, raw, value) => {
    expect(convertField(raw, spec)).toEqual({ ok: true, value });
  });
  it('day-first setting', () => {
    expect(convertField('05/03/2024', f('orders', 'order_date'), { dayFirst: true })).toEqual({ ok: true, value: '2024-03-05' });
  });
});
