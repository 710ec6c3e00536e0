// Chinese free text the demo writes: cancellation reasons, ticket topics and survey comments.
// Each text belongs to the driver that produced it, so a reason always matches the signals
// the customer showed before leaving (a 价格太高 canceller did live through a price rise).

/** The reason types of PRODUCT.md §5 (product covers product and engagement). */
export type ReasonType = 'service' | 'product' | 'price' | 'communication' | 'experience' | 'competition';

export const CANCEL_REASONS: Record<ReasonType, readonly string[]> = {
  service: ['服务响应慢', '投诉处理不满意', '售后问题长期未解决'],
  product: ['产品功能不满足需求', '使用频率低，不再需要', '产品更新慢'],
  price: ['价格太高', '涨价后性价比下降', '优惠减少'],
  communication: ['客户经理长期未联系', '沟通不畅，需求未被理解'],
  experience: ['商品质量问题多次退货', '配送慢、体验差', '首次购买体验不佳'],
  competition: ['转向竞品', '竞品报价更低', '竞品提供更好的服务'],
};

export const TICKET_TOPICS = {
  complaint: ['物流延迟', '商品质量问题', '客服态度差', '退款处理慢', '发票问题'],
  inquiry: ['订单查询', '产品咨询', '发票开具', '账户问题', '价格咨询'],
  repair: ['设备故障', '安装调试', '配件更换'],
} as const;

export const SURVEY_COMMENTS = {
  positive: ['服务很好，响应及时', '产品好用，会继续购买', '客户经理很专业', '物流很快，包装完好', '性价比高'],
  neutral: ['整体还可以', '价格有点贵，但质量不错', '希望多一些优惠活动', '功能够用'],
  service: ['客服回复太慢了', '投诉好几次都没解决', '售后等了一周没人处理'],
  price: ['涨价太多了', '优惠越来越少', '同类产品别家更便宜'],
  competition: ['在对比其他家的方案', '竞品给的报价更低'],
  product: ['最近用得少了', '有些功能用不上'],
  experience: ['收到的商品有质量问题', '配送太慢'],
  communication: ['很久没人联系我们了'],
} as const;
