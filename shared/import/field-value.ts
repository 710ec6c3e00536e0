// Converts one source value for one canonical field: the generic parsers of ./convert plus
// what only the field knows — enum words (交易成功 → completed), a churn or active flag turned
// into a customer status, and Excel serial numbers in date columns.
import type { CanonicalField } from '../domain/canonical-tables';
import { convertValue, parseBoolean, type ConvertResult, type RawValue, type TargetType } from './convert';

export interface FieldSettings {
  dayFirst?: boolean;
  decimalComma?: boolean;
}

const ENUM_WORDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  // customers.status
  'active|cancelled': {
    active: ['active', '正常', '活跃', '有效', '在网', '在用', '存续', '未流失', '留存', 'retained', 'current', 'open'],
    cancelled: ['cancelled', 'canceled', 'churned', 'inactive', 'closed', 'terminated', 'lost', '流失', '已流失', '注销', '已注销', '离网', '销户', '退订', '停用', '失效', '解约'],
  },
  // orders.status
  'completed|refunded|cancelled': {
    completed: [
      'completed',
      'complete',
      'paid',
      'success',
      'successful',
      'delivered',
      'shipped',
      'done',
      '已完成',
      '完成',
      '交易成功',
      '成功',
      '已付款',
      '已支付',
      '已收货',
      '已发货',
      '已签收',
    ],
    refunded: ['refunded', 'refund', 'returned', 'return', '退款', '已退款', '退货', '已退货', '退款成功'],
    cancelled: ['cancelled', 'canceled', 'closed', 'void', 'unpaid', '取消', '已取消', '交易关闭', '关闭', '已关闭', '未付款', '作废'],
  },
  'csat|nps': {
    csat: ['csat', '满意度', '客户满意度', 'satisfaction'],
    nps: ['nps', '净推荐值', '推荐值', 'net promoter score'],
  },
  'treatment|control': {
    treatment: ['treatment', 'test', 'treated', '实验组', '处理组', '干预组', '测试组'],
    control: ['control', 'holdout', '对照组', '控制组', '空白组'],
  },
};

const enumLookups = new Map<string, Map<string, string>>();
function enumLookup(values: readonly string[]): Map<string, string> {
  const id = values.join('|');
  let m = enumLookups.get(id);
  if (!m) {
    m = new Map();
    for (const [value, words] of Object.entries(ENUM_WORDS[id] ?? {})) for (const w of words) m.set(normal(w), value);
    for (const v of values) m.set(normal(v), v);
    enumLookups.set(id, m);
  }
  return m;
}

function normal(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/** Numbers in a date column are Excel serials (1900 system); so is numeric text of 5 digits. */
function dateOptions(raw: RawValue, settings: FieldSettings): { excelSerials: boolean; dayFirst?: boolean } {
  const serial = typeof raw === 'number' || (typeof raw === 'string' && /^\s*\d{5}(?:\.\d+)?\s*$/.test(raw));
  return { excelSerials: serial, dayFirst: settings.dayFirst };
}

export function convertField(raw: RawValue, field: CanonicalField, settings: FieldSettings = {}): ConvertResult {
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) return { ok: true, value: null };
  if (field.name === 'churned' || field.name === 'active') {
    const flag = typeof raw === 'boolean' ? raw : raw instanceof Uint8Array ? null : parseFlag(raw);
    if (flag === null) return { ok: false, expected: 'yesNo' };
    const cancelled = field.name === 'churned' ? flag : !flag;
    return { ok: true, value: cancelled ? 'cancelled' : 'active' };
  }
  if (field.type === 'enum') {
    const values = field.values ?? [];
    if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, expected: 'choice' };
    const hit = enumLookup(values).get(normal(String(raw)));
    if (hit !== undefined) return { ok: true, value: hit };
    // A status column that holds a churn flag (0/1, 是/否) instead of words.
    if (values.includes('cancelled') && values.includes('active')) {
      const flag = parseFlag(raw);
      if (flag !== null) return { ok: true, value: flag ? 'cancelled' : 'active' };
    }
    return { ok: false, expected: 'choice' };
  }
  const type: TargetType = field.type;
  if (type === 'date' || type === 'datetime') {
    const res = convertValue(raw, type, dateOptions(raw, settings));
    // Midnight is how date-only sources look once typed as DATETIME: one spelling for both.
    return res.ok && typeof res.value === 'string' && res.value.endsWith(' 00:00:00') ? { ok: true, value: res.value.slice(0, 10) } : res;
  }
  if (type === 'text' && typeof raw === 'string') {
    const t = raw.trim();
    return { ok: true, value: t };
  }
  return convertValue(raw, type, { decimalComma: settings.decimalComma });
}

function parseFlag(raw: string | number): boolean | null {
  return parseBoolean(raw);
}
