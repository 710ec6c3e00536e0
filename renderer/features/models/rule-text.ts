// Decision-tree rules arrive as one English sentence per leaf ("if a > 1 and 2 < b ≤ 5 then
// churn p = 0.71 (n=340)"). The screen shows the conditions one by one with feature names in
// the reader's language, so the sentence is taken apart here; anything unexpected is shown as is.
export interface RuleCondition {
  /** The feature id as the model names it (catalog id, `x__missing`, `column=level`). */
  feature: string | null;
  /** The condition with the feature left out, e.g. "> 62" or "2 < … ≤ 5"; the whole text when unparsed. */
  text: string;
  lower: number | null;
  upper: number | null;
}

const NUM = String.raw`-?\d+(?:\.\d+)?(?:e[-+]?\d+)?`;
const between = new RegExp(String.raw`^(${NUM}) < (.+) ≤ (${NUM})$`);
const above = new RegExp(String.raw`^(.+) > (${NUM})$`);
const atMost = new RegExp(String.raw`^(.+) ≤ (${NUM})$`);

function parseCondition(text: string): RuleCondition {
  const t = text.trim();
  let m = between.exec(t);
  if (m) return { feature: m[2] ?? null, text: t, lower: Number(m[1]), upper: Number(m[3]) };
  m = above.exec(t);
  if (m) return { feature: m[1] ?? null, text: t, lower: Number(m[2]), upper: null };
  m = atMost.exec(t);
  if (m) return { feature: m[1] ?? null, text: t, lower: null, upper: Number(m[2]) };
  return { feature: null, text: t, lower: null, upper: null };
}

/** The conditions of a rule sentence; an empty list means the rule covers all customers. */
export function parseRuleConditions(text: string): RuleCondition[] {
  const m = /^if (.*) then /.exec(text);
  const body = (m?.[1] ?? text).trim();
  if (body === '' || body === 'all customers') return [];
  // Feature ids never contain " and " (they are identifiers or `column=level`), so splitting is safe.
  return body.split(' and ').map(parseCondition);
}
