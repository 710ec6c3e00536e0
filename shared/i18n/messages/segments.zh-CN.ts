// Chinese text of saved segments (i18next namespace 'segments'): the starter templates' names and
// what each one selects. The English file must have exactly the same keys (typed below).
export const segmentsZhCN = {
  templateGroups: {
    seed: '常用客户分群',
    rfm: 'RFM 分群',
  },
  templates: {
    high_value: {
      name: '高价值客户',
      description: '活跃客户中价值高、流失风险低的客户(价值×风险 = 高价值客户),即高频购买、高客单的核心客户。建议:专属优惠、定制关怀,VIP 专属活动。',
    },
    potential: {
      name: '潜力客户',
      description:
        '目前价值不高但流失风险低的活跃客户(价值×风险 = 潜力客户),且最近有购买(RFM 最近度得分 ≥ 4)或近 30 天活跃天数在增加。建议:内容激励、体验优化,试用体验、反馈收集。',
    },
    warning: {
      name: '流失预警客户',
      description:
        '价值高但流失风险高的活跃客户(价值×风险 = 流失预警客户),以及价值等级为高或中、健康分较上期下降 15 分及以上或近 90 天消费较前 90 天减少一半及以上的客户(购买骤降、活跃降低)。建议:主动关怀、定向优惠,个性化挽回套餐。',
    },
    low_value: {
      name: '低价值客户',
      description: '价值等级为低的活跃客户中,流失风险高(价值×风险 = 低价值客户)或购买频次低(RFM 频次得分 ≤ 2)的客户。建议:自动化内容推送,周期性唤醒。',
    },
    rfm_champions: { name: '冠军客户', description: 'RFM 分群为冠军客户:最近刚购买,且购买频次最高。' },
    rfm_loyal: { name: '忠诚客户', description: 'RFM 分群为忠诚客户:购买频次高,近期仍有购买。' },
    rfm_potential_loyalist: { name: '潜在忠诚客户', description: 'RFM 分群为潜在忠诚客户:近期有购买,频次中等,有望成为忠诚客户。' },
    rfm_new: { name: '新客户', description: 'RFM 分群为新客户:最近刚购买,但只买过很少几次。' },
    rfm_promising: { name: '有潜力客户', description: 'RFM 分群为有潜力客户:近期有购买,频次较低。' },
    rfm_need_attention: { name: '需要关注客户', description: 'RFM 分群为需要关注客户:最近度和频次都处于中等水平。' },
    rfm_about_to_sleep: { name: '即将沉睡客户', description: 'RFM 分群为即将沉睡客户:已有一段时间未购买,频次较低。' },
    rfm_at_risk: { name: '有流失风险客户', description: 'RFM 分群为有流失风险客户:过去购买较多,但已很久没有购买。' },
    rfm_cant_lose: { name: '不能失去的客户', description: 'RFM 分群为不能失去的客户:购买频次最高,但已很久没有购买。' },
    rfm_hibernating: { name: '休眠客户', description: 'RFM 分群为休眠客户:很久没有购买,频次也低。' },
    rfm_lost: { name: '已流失客户', description: 'RFM 分群为已流失客户:最近度和频次都最低。' },
  },
  /** The CLI's rule file (shared/segments/rule-file.ts): one line per error, {{where}} = where in the file. */
  ruleFile: {
    topLevel: '顶层',
    errors: {
      INVALID_JSON: '规则文件不是有效的 JSON：{{detail}}',
      NOT_AN_OBJECT: '{{where}}：应为规则对象，条件组 {"op","rules"} 或条件 {"field","op","value"}',
      NOT_A_RULE: '{{where}}：规则须含 "rules"（条件组）或 "field"（条件）',
      UNKNOWN_OP: '{{where}}：未知运算符 "{{op}}"',
      MISSING_KEY: '{{where}}：缺少 "{{key}}"',
      UNKNOWN_KEY: '{{where}}：多余的键 "{{key}}"',
      INVALID_FIELD: '{{where}}："field" 须为非空文本',
      INVALID_NOT: '{{where}}："not" 须为 true 或 false',
      WRONG_VALUE_TYPE: '{{where}}：运算符 "{{op}}" 需要{{expected}}',
      EMPTY_GROUP: '{{where}}：条件组为空，请至少添加一条规则',
      TOO_DEEP: '{{where}}：规则嵌套超过 {{max}} 层',
      TOO_MANY_RULES: '{{where}}：规则超过 {{max}} 条',
    },
    expected: {
      list: '一个值数组，如 ["华东","华南"]',
      pair: '两个值的数组 [下限, 上限]',
      wholeNumber: '一个整数（天数或月数）',
      number: '一个数值',
      scalar: '一个文本、数值或布尔值',
      direction: ' "direction" 为 "up"、"down" 或 "either"',
    },
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type SegmentsMessages = Widen<typeof segmentsZhCN>;
