// Labels of the codes shown to a person (shared/domain/display-codes.ts), namespace 'codes'.
export const codesZhCN = {
  orderStatus: { completed: '已完成', refunded: '已退款', cancelled: '已取消' },
  activityKind: {
    login: '登录',
    app_open: '打开 App',
    page_view: '浏览页面',
    email_open: '打开邮件',
    visit: '拜访',
    call: '电话',
    purchase: '购买',
    click: '点击',
  },
  ticketKind: { complaint: '投诉', inquiry: '咨询', repair: '维修', ticket: '工单', refund: '退款', return: '退货' },
  severity: { low: '低', medium: '中', high: '高', critical: '严重', urgent: '紧急' },
  surveyKind: { csat: '满意度调查（CSAT）', nps: 'NPS 调查' },
  signalKind: { price_comparison: '比价', quote_request: '询价', competitor_visit: '竞品接触' },
  actionKind: {
    care_call: '关怀电话',
    holdout: '对照组（不干预）',
    action: '挽留动作',
    coupon: '优惠券',
    discount: '折扣',
    email: '邮件',
    sms: '短信',
    visit: '上门拜访',
    call: '电话',
  },
  actionOutcome: { retained: '已挽留', churned: '已流失', pending: '待定' },
};

export type CodesMessages = typeof codesZhCN;
