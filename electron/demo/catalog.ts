// What the demo company sells and through which channels. List prices are in CNY before the
// price rises modelled in market.ts.
export interface Product {
  name: string;
  category: string;
  unitPrice: number;
  /** Typical quantity per order for a business buyer; consumers buy one or two. */
  businessQuantity: number;
}

export const PRODUCTS: readonly Product[] = [
  { name: '智能办公套件 标准版', category: '软件订阅', unitPrice: 299, businessQuantity: 8 },
  { name: '智能办公套件 专业版', category: '软件订阅', unitPrice: 599, businessQuantity: 5 },
  { name: '云存储 1TB 年包', category: '软件订阅', unitPrice: 199, businessQuantity: 6 },
  { name: '商用打印机 P200', category: '办公设备', unitPrice: 1899, businessQuantity: 2 },
  { name: '墨盒组合装', category: '办公耗材', unitPrice: 129, businessQuantity: 10 },
  { name: 'A4 复印纸 (5包)', category: '办公耗材', unitPrice: 89, businessQuantity: 20 },
  { name: '无线键鼠套装', category: '数码配件', unitPrice: 159, businessQuantity: 6 },
  { name: '降噪耳机 H3', category: '数码配件', unitPrice: 699, businessQuantity: 3 },
  { name: '人体工学椅', category: '办公家具', unitPrice: 1299, businessQuantity: 4 },
  { name: '上门安装服务', category: '增值服务', unitPrice: 199, businessQuantity: 2 },
  { name: '延保服务 2年', category: '增值服务', unitPrice: 259, businessQuantity: 3 },
  { name: '咖啡豆 精品装', category: '生活用品', unitPrice: 98, businessQuantity: 12 },
];

export const CHANNELS = ['线上商城', '门店', '电话', '小程序'] as const;
/** Consumers mostly order online; business buyers more often by phone through their manager. */
export const CONSUMER_CHANNEL_WEIGHTS: readonly number[] = [0.45, 0.2, 0.05, 0.3];
export const BUSINESS_CHANNEL_WEIGHTS: readonly number[] = [0.35, 0.1, 0.4, 0.15];

export const DISCOUNT_LEVELS: readonly number[] = [0.05, 0.1, 0.15, 0.2];
