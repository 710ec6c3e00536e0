// Header words analysts' exports use for each canonical field, Chinese and English, strongest
// first (an earlier synonym wins a tie). Compared through headerKey: case-, width-, space-,
// '_', '-' and '.' insensitive, so 'Customer ID', 'customer_id' and 'ＣｕｓｔｏｍｅｒＩＤ' are one word.
import type { CanonicalTableName } from '../domain/canonical-tables';

type Synonyms = Readonly<Record<string, readonly string[]>>;

const customerId = [
  'customer_id', '客户ID', '客户编号', '客户号', '客户代码', '客户编码', '用户ID', '用户编号', '会员ID', '会员编号', '会员号', '买家会员名', '买家ID',
  '买家昵称', '买家账号', '会员名', '会员账号', '用户名', '账号', 'customer id', 'customerid', 'cust_id', 'cust_no', 'customer no', 'customer number',
  'customer code', 'client id', 'user id', 'userid', 'member id', 'account id', 'buyer id', 'buyer',
];

export const fieldSynonyms: Readonly<Record<CanonicalTableName, Synonyms>> = {
  customers: {
    customer_id: customerId,
    name: ['name', '客户名称', '客户姓名', '客户名', '姓名', '名称', '公司名称', '企业名称', 'customer name', 'client name', 'full name', 'company name', 'company', 'first name'],
    region: ['region', '区域', '地区', '大区', '省份', '省', '所在地区', 'province', 'state', 'area', 'territory', 'country'],
    city: ['city', '城市', '所在城市', '市'],
    industry: ['industry', '行业', '所属行业', 'sector', 'vertical'],
    segment: ['segment', '客户分群', '客户类型', '客户等级', '会员等级', '等级', '级别', '客户级别', '分群', 'customer type', 'customer segment', 'tier', 'level', 'grade', 'class'],
    owner: ['owner', '客户经理', '负责人', '归属销售', '销售', '销售代表', '跟进人', 'account manager', 'sales rep', 'salesperson', 'support rep id', 'supportrepid', 'rep'],
    signup_date: ['signup_date', '注册时间', '注册日期', '开户日期', '开户时间', '入网时间', '入网日期', '加入日期', '首次购买日期', 'signup date', 'sign up date', 'join date', 'registration date', 'register date', 'created at', 'create date', 'created', 'customer since'],
    contract_end: ['contract_end', '合同到期', '合同到期日', '到期日', '到期时间', '合同结束日期', 'contract end', 'contract end date', 'expiry date', 'renewal date', 'end date'],
    status: ['status', '客户状态', '状态', '账户状态', 'customer status', 'account status', 'state of account'],
    churned: ['churned', '流失', '是否流失', '流失标志', '流失标记', '已流失', '流失状态', 'churn', 'is churn', 'is churned', 'churn flag', 'churn label', 'exited', 'attrition', 'attrited', 'left'],
    active: ['active', '是否活跃', '是否有效', '活跃', '在网', '是否在网', 'is active', 'enabled'],
    cancel_date: ['cancel_date', '流失日期', '流失时间', '注销日期', '销户日期', '离网日期', '退订日期', 'cancel date', 'churn date', 'cancellation date', 'termination date', 'end of service'],
    cancel_reason: ['cancel_reason', '流失原因', '注销原因', '离网原因', '退订原因', 'cancel reason', 'churn reason', 'cancellation reason', 'reason'],
  },
  orders: {
    order_id: ['order_id', '订单号', '订单编号', '订单ID', '单号', '交易号', '交易编号', '流水号', 'order id', 'orderid', 'order no', 'order number', 'invoice id', 'invoiceid', 'invoice no', 'invoice number', 'invoice', 'transaction id', 'payment id', 'receipt no'],
    customer_id: customerId,
    order_date: ['order_date', '下单时间', '订单日期', '下单日期', '订单时间', '订单创建时间', '创建时间', '成交时间', '交易时间', '交易日期', '付款时间', '订单付款时间', '支付时间', '付款日期', '购买日期', '购买时间', '日期', 'order date', 'orderdate', 'invoice date', 'invoicedate', 'purchase date', 'transaction date', 'payment date', 'paid at', 'order time', 'created at', 'date'],
    amount: ['amount', '金额', '实付金额', '订单金额', '总金额', '买家实际支付金额', '实际支付金额', '支付金额', '付款金额', '成交金额', '销售额', '销售金额', '消费金额', '应付金额', '合计', '总价', 'total', 'order amount', 'total amount', 'sales', 'revenue', 'price', 'payment amount', 'value', 'spend'],
    quantity: ['quantity', '数量', '宝贝总数量', '商品数量', '购买数量', '件数', 'qty', 'units', 'count'],
    product: ['product', '商品', '商品名称', '宝贝标题', '商品标题', '产品', '产品名称', '品名', 'product name', 'item', 'item name', 'sku', 'title', 'description'],
    category: ['category', '品类', '类目', '商品类目', '商品分类', '产品类别', '分类', 'product category', 'category name'],
    channel: ['channel', '渠道', '销售渠道', '来源', '订单来源', 'sales channel', 'source'],
    discount: ['discount', '折扣', '优惠', '优惠金额', '折扣金额', 'discount amount'],
    status: ['status', '订单状态', '交易状态', '状态', 'order status'],
  },
  activities: {
    customer_id: customerId,
    activity_date: ['activity_date', '活动日期', '行为日期', '访问日期', '登录日期', '登录时间', '访问时间', '日期', 'activity date', 'event date', 'visit date', 'login date', 'date', 'timestamp', 'event time'],
    kind: ['kind', '行为类型', '行为', '事件类型', '事件', '活动类型', 'activity type', 'event type', 'event', 'action', 'type'],
    count: ['count', '次数', '访问次数', '登录次数', '页面浏览量', '浏览次数', 'times', 'visits', 'logins', 'page views', 'pv', 'sessions', 'events'],
    duration: ['duration', '时长', '在线时长', '使用时长', '停留时长', '通话时长', 'time spent', 'session duration', 'minutes', 'seconds'],
  },
  tickets: {
    ticket_id: ['ticket_id', '工单号', '工单编号', '工单ID', '投诉编号', '服务单号', 'ticket id', 'ticket no', 'case id', 'case number', 'complaint id', 'issue id'],
    customer_id: customerId,
    opened_at: ['opened_at', '创建时间', '提交时间', '投诉时间', '受理时间', '报修时间', '工单创建时间', 'opened at', 'created at', 'open date', 'created date', 'submitted at', 'reported at'],
    first_response_at: ['first_response_at', '首次响应时间', '响应时间', '首响时间', 'first response at', 'first response time', 'responded at'],
    resolved_at: ['resolved_at', '解决时间', '完结时间', '关闭时间', '处理完成时间', 'resolved at', 'closed at', 'resolution date', 'closed date'],
    kind: ['kind', '工单类型', '投诉类型', '问题类型', '服务类型', '类型', 'ticket type', 'case type', 'issue type', 'type', 'category'],
    severity: ['severity', '严重程度', '优先级', '紧急程度', '级别', 'priority', 'urgency', 'level'],
    satisfaction: ['satisfaction', '满意度', '满意度评分', '评价', 'csat', 'rating', 'satisfaction score'],
  },
  surveys: {
    customer_id: customerId,
    survey_date: ['survey_date', '调研日期', '调查日期', '评价日期', '问卷日期', '日期', 'survey date', 'response date', 'date'],
    kind: ['kind', '调研类型', '问卷类型', '类型', 'survey type', 'type'],
    score: ['score', '评分', '得分', '分数', 'nps', 'csat', 'rating', 'nps score', 'csat score'],
    comment: ['comment', '评论', '意见', '备注', '反馈', '评价内容', 'comments', 'feedback', 'verbatim', 'remarks'],
  },
  market_signals: {
    customer_id: customerId,
    signal_date: ['signal_date', '日期', '发现日期', '时间', 'signal date', 'date'],
    competitor: ['competitor', '竞争对手', '竞品', '对手', 'competitor name', 'rival'],
    kind: ['kind', '信号类型', '类型', '行为', 'signal type', 'type', 'signal'],
  },
  campaigns: {
    campaign_id: ['campaign_id', '活动ID', '活动编号', '活动代码', 'campaign id', 'campaign code'],
    name: ['name', '活动名称', '名称', 'campaign name', 'campaign'],
    playbook: ['playbook', '策略', '挽留策略', '方案', 'strategy'],
    channel: ['channel', '渠道', '触达渠道', 'contact channel'],
    cost_per_contact: ['cost_per_contact', '单次触达成本', '单位成本', '触达成本', 'cost per contact', 'unit cost'],
    start_date: ['start_date', '开始日期', '开始时间', 'start date', 'start'],
    end_date: ['end_date', '结束日期', '结束时间', 'end date', 'end'],
    control_share: ['control_share', '对照组比例', '控制组比例', 'control share', 'control ratio', 'holdout'],
  },
  actions: {
    campaign_id: ['campaign_id', '活动ID', '活动编号', 'campaign id', 'campaign'],
    customer_id: customerId,
    action_date: ['action_date', '执行日期', '触达日期', '日期', '时间', 'action date', 'contact date', 'date'],
    owner: ['owner', '执行人', '负责人', '客户经理', 'agent', 'rep'],
    kind: ['kind', '动作类型', '动作', '触达方式', 'action type', 'action', 'type'],
    cost: ['cost', '成本', '费用', 'spend'],
    grp: ['grp', '分组', '组别', '实验组别', 'group', 'arm', 'treatment group'],
    outcome: ['outcome', '结果', '挽留结果', '效果', 'result', 'response'],
  },
};

/** Words in a table or sheet name that hint at its target ('Invoice', '订单表', 'customer'). */
export const tableNameHints: Readonly<Record<CanonicalTableName, readonly string[]>> = {
  customers: ['customer', 'client', 'member', 'user', 'account', '客户', '会员', '用户', '流失'],
  orders: ['order', 'invoice', 'payment', 'sales', 'transaction', 'purchase', '订单', '交易', '销售', '付款'],
  activities: ['activity', 'event', 'login', 'visit', 'usage', '行为', '活跃', '访问', '登录'],
  tickets: ['ticket', 'case', 'complaint', 'support', 'service', '工单', '投诉', '客服', '服务'],
  surveys: ['survey', 'nps', 'csat', 'feedback', '调研', '问卷', '满意度'],
  market_signals: ['signal', 'competitor', 'market', '竞品', '竞争'],
  campaigns: ['campaign', '活动'],
  actions: ['action', 'contact', 'treatment', '动作', '触达', '挽留'],
};
