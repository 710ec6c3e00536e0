// A rule's condition in words, as the rules list shows it.
import { describe, expect, it } from 'vitest';
import { conditionText, type ConditionWords } from '../../../renderer/features/warnings/condition-text';
import { segmentBuilderEn } from '../../../shared/i18n/messages/segment-builder.en';
import { catalogEn } from '../../../shared/i18n/messages/catalog.en';

const fields = catalogEn.fields as Record<string, string>;
const words: ConditionWords = {
  field: (id) => fields[id] ?? id,
  operator: (op) => (segmentBuilderEn.operators as Record<string, string>)[op] ?? op,
  value: (field, value) => (field === 'value_tier' ? `«${value}»` : value),
  direction: (d) => d,
  and: 'and',
  or: 'or',
  not: 'not',
};

describe('conditionText', () => {
  it('reads the default rules of PRODUCT.md §6', () => {
    const text = conditionText(
      {
        kind: 'group',
        op: 'and',
        children: [
          { kind: 'condition', field: 'health_score', op: '<', value: 40 },
          { kind: 'condition', field: 'value_tier', op: '=', value: 'high' },
        ],
      },
      words,
    );
    expect(text).toBe(`${fields.health_score} less than 40 and ${fields.value_tier} is «high»`);
  });

  it('puts nested groups in parentheses and names the change direction', () => {
    const text = conditionText(
      {
        kind: 'group',
        op: 'or',
        children: [
          { kind: 'condition', field: 'health_change', op: '<=', value: -15 },
          {
            kind: 'group',
            op: 'and',
            children: [
              { kind: 'condition', field: 'churn_probability', op: 'changed_by', value: 0.2, direction: 'up' },
              { kind: 'not', child: { kind: 'condition', field: 'owner', op: 'is_empty' } },
            ],
          },
        ],
      },
      words,
    );
    expect(text).toBe(`${fields.health_change} at most -15 or (${fields.churn_probability} changed by ≥ 0.2 (up) and not (${fields.owner} is empty))`);
  });

  it('shortens long lists', () => {
    expect(conditionText({ kind: 'condition', field: 'region', op: 'in', values: ['a', 'b', 'c', 'd', 'e'] }, words)).toBe(`${fields.region} is one of a, b, c, d …`);
  });
});
