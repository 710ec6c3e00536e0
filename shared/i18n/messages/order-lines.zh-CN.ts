// Chinese strings of line-level imports (issue 10; namespace 'data': mapping.grain and the order_lines field labels).
import type { DeepStrings } from './zh-CN';

export const orderLinesZhCN = {
  grain: {
    label: '每一行是',
    order: '每行是一笔订单',
    line: '每行是一条订单明细，按 {{column}} 归并为订单',
    noKey: '订单号列',
    sample: '前 {{rows}} 行样例中：{{lines}} 条明细归并为 {{orders}} 笔订单，合计 {{total}}（退货冲减，已取消不计）；退货 {{refunded}} 笔，取消 {{cancelled}} 笔。',
    sampleNone: '样例行中还没有同时带订单号、客户和日期的行：映射这几列后即可看到归并结果。',
  },
  fields: {
    order_id: '订单号 / 发票号',
    line_no: '行号',
    customer_id: '客户ID',
    order_date: '下单时间',
    product: '商品',
    sku: '商品编码',
    category: '品类',
    quantity: '数量',
    unit_price: '单价',
    amount: '行金额（小计）',
    status: '明细状态',
  },
};

export type OrderLinesMessages = DeepStrings<typeof orderLinesZhCN>;
