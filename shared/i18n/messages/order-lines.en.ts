// English strings of line-level imports (issue 10; namespace 'data'): same keys as order-lines.zh-CN.ts.
import type { OrderLinesMessages } from './order-lines.zh-CN';

export const orderLinesEn: OrderLinesMessages = {
  grain: {
    label: 'Rows are',
    order: 'each row is an order',
    line: 'each row is an order line, grouped by {{column}}',
    noKey: 'the order number column',
    sample:
      'In the first {{rows}} sample rows: {{lines}} lines make {{orders}} orders, total {{total}} (returns subtract, cancellations left out); {{refunded}} returns, {{cancelled}} cancelled.',
    sampleNone: 'No sample row has an order number, a customer and a date yet: map them to see the orders.',
  },
  fields: {
    order_id: 'Order / invoice number',
    line_no: 'Line number',
    customer_id: 'Customer ID',
    order_date: 'Order date',
    product: 'Product',
    sku: 'SKU / product code',
    category: 'Category',
    quantity: 'Quantity',
    unit_price: 'Unit price',
    amount: 'Line total',
    status: 'Line status',
  },
};
