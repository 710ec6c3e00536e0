// English text of saved segments (i18next namespace 'segments').
import type { SegmentsMessages } from './segments.zh-CN';

export const segmentsEn: SegmentsMessages = {
  templateGroups: {
    seed: 'Common segments',
    rfm: 'RFM segments',
  },
  templates: {
    high_value: {
      name: 'High-value customers',
      description:
        'Active customers of high value and low churn risk (value × risk = high value): the core customers who buy often and spend a lot. Suggested: exclusive offers, tailored care, VIP events.',
    },
    potential: {
      name: 'Potential customers',
      description:
        'Active customers of lower value and low churn risk (value × risk = potential) who bought recently (RFM recency score ≥ 4) or whose active days are rising. Suggested: content incentives, a better experience, trials and feedback.',
    },
    warning: {
      name: 'Churn-warning customers',
      description:
        'Active customers of high value and high churn risk (value × risk = warning), plus high- or medium-value customers whose health score fell by 15 points or more since the last snapshot, or whose 90-day spend halved. Suggested: proactive care, targeted offers, a personal win-back package.',
    },
    low_value: {
      name: 'Low-value customers',
      description:
        'Active customers of low value tier at high churn risk (value × risk = low value) or buying rarely (RFM frequency score ≤ 2). Suggested: automated content, periodic wake-up campaigns.',
    },
    rfm_champions: { name: 'Champions', description: 'RFM segment Champions: bought very recently and most often.' },
    rfm_loyal: { name: 'Loyal customers', description: 'RFM segment Loyal: buy often and still bought recently.' },
    rfm_potential_loyalist: { name: 'Potential loyalists', description: 'RFM segment Potential loyalist: recent buyers of medium frequency who may become loyal.' },
    rfm_new: { name: 'New customers', description: 'RFM segment New: bought very recently, but only once or twice.' },
    rfm_promising: { name: 'Promising', description: 'RFM segment Promising: recent buyers of low frequency.' },
    rfm_need_attention: { name: 'Need attention', description: 'RFM segment Need attention: medium recency and medium frequency.' },
    rfm_about_to_sleep: { name: 'About to sleep', description: 'RFM segment About to sleep: no purchase for a while, low frequency.' },
    rfm_at_risk: { name: 'At risk', description: 'RFM segment At risk: used to buy often, but not for a long time.' },
    rfm_cant_lose: { name: "Can't lose them", description: "RFM segment Can't lose: the most frequent buyers, but no purchase for a long time." },
    rfm_hibernating: { name: 'Hibernating', description: 'RFM segment Hibernating: no purchase for a long time, low frequency.' },
    rfm_lost: { name: 'Lost', description: 'RFM segment Lost: the lowest recency and frequency.' },
  },
  ruleFile: {
    topLevel: 'top level',
    errors: {
      INVALID_JSON: 'The rule file is not valid JSON: {{detail}}',
      NOT_AN_OBJECT: '{{where}}: expected a rule object, a group {"op","rules"} or a condition {"field","op","value"}',
      NOT_A_RULE: '{{where}}: a rule has "rules" (a group) or "field" (a condition)',
      UNKNOWN_OP: '{{where}}: unknown operator "{{op}}"',
      MISSING_KEY: '{{where}}: missing "{{key}}"',
      UNKNOWN_KEY: '{{where}}: unexpected key "{{key}}"',
      INVALID_FIELD: '{{where}}: "field" must be a non-empty text',
      INVALID_NOT: '{{where}}: "not" must be true or false',
      WRONG_VALUE_TYPE: '{{where}}: operator "{{op}}" needs {{expected}}',
      EMPTY_GROUP: '{{where}}: empty group: add at least one rule',
      TOO_DEEP: '{{where}}: rules nested more than {{max}} levels deep',
      TOO_MANY_RULES: '{{where}}: more than {{max}} rules',
    },
    expected: {
      list: 'an array of values, e.g. ["East","South"]',
      pair: 'an array of two values [low, high]',
      wholeNumber: 'a whole number (of days or months)',
      number: 'a number',
      scalar: 'one text, number or boolean',
      direction: '"direction" to be "up", "down" or "either"',
    },
  },
};
