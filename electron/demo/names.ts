// Vocabulary for demo customers: who they are and where. The mix mirrors a mid-sized Chinese
// company selling to both consumers and businesses, so grids, filters and maps look like the
// analyst's own data (Chinese names, real cities, a few English names).
import type { Rng } from './rng';

export const REGIONS = ['华东', '华北', '华南', '华中', '西南', '西北', '东北'] as const;
export type Region = (typeof REGIONS)[number];

/** Share of customers per region, roughly following where consumer spending is. */
export const REGION_WEIGHTS: readonly number[] = [0.31, 0.16, 0.2, 0.12, 0.1, 0.05, 0.06];

export const CITIES: Record<Region, readonly string[]> = {
  华东: ['上海', '杭州', '南京', '苏州', '宁波', '合肥', '济南', '青岛', '福州', '厦门'],
  华北: ['北京', '天津', '石家庄', '太原', '呼和浩特'],
  华南: ['广州', '深圳', '东莞', '佛山', '南宁', '海口'],
  华中: ['武汉', '长沙', '郑州', '南昌'],
  西南: ['成都', '重庆', '昆明', '贵阳'],
  西北: ['西安', '兰州', '乌鲁木齐', '银川'],
  东北: ['沈阳', '大连', '长春', '哈尔滨'],
};

/** Account managers per region; the first city of a region is where most of them sit. */
export const OWNERS_BY_REGION: Record<Region, readonly string[]> = {
  华东: ['张伟', '李娜', '王磊'],
  华北: ['刘洋', '陈静'],
  华南: ['杨帆', '赵敏'],
  华中: ['黄勇'],
  西南: ['周婷'],
  西北: ['吴昊'],
  东北: ['徐丽', '孙浩'],
};

/**
 * How slowly each account manager's team answers tickets (a multiplier on reply hours).
 * Two teams are understaffed, so their customers wait longer and churn more: a pattern the
 * by-owner views should reveal.
 */
export const OWNER_REPLY_FACTOR: Record<string, number> = {
  张伟: 0.9,
  李娜: 1.0,
  王磊: 1.9,
  刘洋: 1.0,
  陈静: 0.8,
  杨帆: 1.1,
  赵敏: 1.0,
  黄勇: 1.7,
  周婷: 0.9,
  吴昊: 1.2,
  徐丽: 1.0,
  孙浩: 1.1,
};

export const B2B_INDUSTRIES = ['制造业', '零售', '餐饮', '医疗健康', '教育培训', '互联网', '物流运输', '金融服务'] as const;
export const CONSUMER_INDUSTRY = '个人消费';

const COMPANY_SUFFIX: Record<(typeof B2B_INDUSTRIES)[number], readonly string[]> = {
  制造业: ['机械制造', '电子', '精密仪器', '新材料'],
  零售: ['商贸', '百货', '贸易'],
  餐饮: ['餐饮管理', '食品'],
  医疗健康: ['医疗器械', '健康科技', '生物科技'],
  教育培训: ['教育咨询', '培训学校', '文化传播'],
  互联网: ['科技', '网络科技', '信息技术'],
  物流运输: ['物流', '供应链管理', '快运'],
  金融服务: ['投资咨询', '财务咨询', '融资租赁'],
};

const BRAND_WORDS = [
  '云帆',
  '华锐',
  '恒信',
  '博远',
  '鼎盛',
  '星河',
  '新元',
  '汇通',
  '瑞丰',
  '嘉禾',
  '启明',
  '天成',
  '中和',
  '金石',
  '宏达',
  '卓越',
  '安泰',
  '长青',
  '海纳',
  '易达',
  '万象',
  '蓝海',
  '同创',
  '智远',
  '润泽',
  '明德',
  '正阳',
  '晨光',
  '锦程',
  '远航',
];

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '潘',
  '袁',
  '蔡',
  '蒋',
  '余',
  '欧阳',
  '司马',
];

const GIVEN_CHARS = [
  '芳',
  '伟',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀',
  '霞',
  '平',
  '刚',
  '桂',
  '英',
  '华',
  '玉',
  '萍',
  '红',
  '建',
  '文',
  '辉',
  '鹏',
  '宇',
  '晨',
  '欣',
  '怡',
  '佳',
  '浩',
  '子',
  '涵',
  '梓',
  '睿',
  '思',
  '雨',
  '博',
  '轩',
];

const ENGLISH_GIVEN = ['Emily', 'David', 'Sarah', 'Michael', 'Jessica', 'Kevin', 'Linda', 'Jason', 'Grace', 'Tony', 'Amy', 'Eric'];
const ENGLISH_SURNAMES = ['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Huang', 'Lin', 'Wu', 'Smith', 'Brown', 'Miller', 'Taylor'];

export function personName(rng: Rng): string {
  if (rng.chance(0.08)) return `${rng.pick(ENGLISH_GIVEN)} ${rng.pick(ENGLISH_SURNAMES)}`;
  const given = rng.chance(0.35) ? rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS);
  return rng.pick(SURNAMES) + given;
}

export function companyName(rng: Rng, city: string, industry: (typeof B2B_INDUSTRIES)[number]): string {
  if (rng.chance(0.04)) return `${rng.pick(ENGLISH_SURNAMES)} & Partners (${city}) Co., Ltd.`;
  return `${city}${rng.pick(BRAND_WORDS)}${rng.pick(COMPANY_SUFFIX[industry])}有限公司`;
}

/** Fictional competitors; 迅捷优选 runs an aggressive campaign in 华南 (see the market model). */
export const COMPETITORS = ['迅捷优选', '云启科技', '华信商城', '优品汇', '极客智选'] as const;
