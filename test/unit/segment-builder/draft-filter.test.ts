// Draft ⇄ filter AST: complete drafts give the rule, unfinished ones say which condition is
// missing what, and every rule loads into the canvas and comes back as the same rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConditionNode, FilterNode } from '../../../shared/query/ast';
import { addCondition, addGroup, emptyDraft, ROOT_ID, updateCondition, type Draft, type EditResult } from '../../../renderer/features/segments/builder/draft';
import { ALL_CUSTOMERS, conditionToFilter, draftToFilter, filterToDraft, payloadKind, previewRule, switchOperator } from '../../../renderer/features/segments/builder/draft-filter';
import { FC_PARAMS, filter as filterArbitrary } from '../query/arbitraries';

function ok(result: EditResult): Draft {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.draft;
}

const region = { id: 'region', type: 'text', operators: ['in', 'not_in', 'is_empty'] } as const;
const health = { id: 'health_score', type: 'number', operators: ['>=', 'between', 'changed_by'] } as const;

describe('draftToFilter', () => {
  it('is no rule on an empty canvas, and ignores empty nested groups', () => {
    expect(draftToFilter(emptyDraft())).toEqual({ filter: null, incomplete: null });
    expect(draftToFilter(ok(addGroup(emptyDraft(), ROOT_ID)))).toEqual({ filter: null, incomplete: null });
  });

  it('names the first unfinished condition', () => {
    let draft = ok(addCondition(emptyDraft(), ROOT_ID, health));
    draft = ok(addCondition(draft, ROOT_ID, region));
    expect(draftToFilter(draft)).toEqual({ filter: null, incomplete: 'n1' });
    draft = ok(updateCondition(draft, 'n1', { value: 60 }));
    expect(draftToFilter(draft)).toEqual({ filter: null, incomplete: 'n2' });
    draft = ok(updateCondition(draft, 'n2', { values: ['华东', '华南'] }));
    expect(draftToFilter(draft).filter).toEqual({
      kind: 'group',
      op: 'and',
      children: [
        { kind: 'condition', field: 'health_score', op: '>=', value: 60 },
        { kind: 'condition', field: 'region', op: 'in', values: ['华东', '华南'] },
      ],
    });
  });

  it('writes NOT groups, nested groups, and only the payload the operator reads', () => {
    let draft = ok(addCondition(emptyDraft(), ROOT_ID, region));
    draft = ok(updateCondition(draft, 'n1', { op: 'is_empty', values: ['x'] }));
    draft = ok(addGroup(draft, ROOT_ID));
    draft = ok(addCondition(draft, 'n2', health));
    draft = ok(updateCondition(draft, 'n3', { op: 'changed_by', value: 15, low: 1 }));
    draft = { ...draft, root: { ...draft.root, not: true } };
    expect(draftToFilter(draft).filter).toEqual({
      kind: 'not',
      child: {
        kind: 'group',
        op: 'and',
        children: [
          { kind: 'condition', field: 'region', op: 'is_empty' },
          { kind: 'group', op: 'or', children: [{ kind: 'condition', field: 'health_score', op: 'changed_by', value: 15, direction: 'either' }] },
        ],
      },
    });
  });

  it('checks each payload kind', () => {
    const c = (patch: Partial<ConditionNode>) => conditionToFilter({ kind: 'condition', id: 'n1', field: 'f', op: '=', ...patch });
    expect(c({ value: '' })).toBeNull();
    expect(c({ value: 0 })).toEqual({ kind: 'condition', field: 'f', op: '=', value: 0 });
    expect(c({ op: 'between', low: 1 })).toBeNull();
    expect(c({ op: 'between', low: 1, high: 2 })).toMatchObject({ low: 1, high: 2 });
    expect(c({ op: 'in_last_days', amount: 0 })).toBeNull();
    expect(c({ op: 'before_days_ago', amount: 0 })).toMatchObject({ amount: 0 });
    expect(c({ op: 'in_last_months', amount: 2.5 })).toBeNull();
    expect(c({ op: 'not_in', values: [] })).toBeNull();
    expect(payloadKind('not_empty')).toBe('none');
  });
});

/** The rule a draft gives back for `node`: double NOTs cancel, NOT over a condition becomes a NOT group. */
function normalise(node: FilterNode): FilterNode {
  switch (node.kind) {
    case 'not': {
      if (node.child.kind === 'not') return normalise(node.child.child);
      const child = normalise(node.child);
      return child.kind === 'condition' ? { kind: 'not', child: { kind: 'group', op: 'and', children: [child] } } : { kind: 'not', child };
    }
    case 'group':
      return { kind: 'group', op: node.op, children: node.children.map(normalise) };
    case 'condition': {
      const complete = conditionToFilter({ ...node, id: 'x' });
      if (!complete) throw new Error('incomplete');
      return complete;
    }
  }
}

function asRoot(node: FilterNode): FilterNode {
  if (node.kind === 'group') return node;
  if (node.kind === 'not' && node.child.kind === 'group') return node;
  return { kind: 'group', op: 'and', children: [node] };
}

function complete(node: FilterNode): boolean {
  if (node.kind === 'group') return node.children.every(complete);
  if (node.kind === 'not') return complete(node.child);
  return conditionToFilter({ ...node, id: 'x' }) !== null;
}

describe('filterToDraft', () => {
  it('gives back the same rule (normalised) for every complete rule, and names a condition otherwise', () => {
    fc.assert(
      fc.property(filterArbitrary, (filter) => {
        const rule = draftToFilter(filterToDraft(filter, 5));
        if (!complete(filter)) {
          expect(rule.incomplete).toMatch(/^n\d+$/);
          return;
        }
        expect(rule.filter).toEqual(asRoot(normalise(filter)));
      }),
      FC_PARAMS,
    );
  });

  it('numbers ids from the given start so a template loads next to older ids', () => {
    const draft = filterToDraft({ kind: 'condition', field: 'tier', op: '=', value: 'atRisk' }, 7);
    expect(draft.root.id).toBe(ROOT_ID);
    expect(draft.root.children[0]?.id).toBe('n7');
    expect(draft.nextId).toBe(8);
  });
});

describe('switchOperator', () => {
  const base = { kind: 'condition', id: 'n1', field: 'region' } as const;
  it('carries the chosen value across operators that read it differently', () => {
    expect(switchOperator({ ...base, op: '=', value: '华东' }, 'in')).toEqual({ op: 'in', values: ['华东'] });
    expect(switchOperator({ ...base, op: 'in', values: ['华东', '华南'] }, '!=')).toEqual({ op: '!=', value: '华东' });
    expect(switchOperator({ ...base, op: '>=', value: 40 }, 'between')).toEqual({ op: 'between', low: 40 });
    expect(switchOperator({ ...base, op: 'between', low: 1, high: 9 }, '<')).toEqual({ op: '<', value: 1 });
  });

  it('gives a relative date a starting amount and keeps one already there', () => {
    expect(switchOperator({ ...base, op: '=' }, 'in_last_months')).toEqual({ op: 'in_last_months', amount: 3 });
    expect(switchOperator({ ...base, op: 'in_last_days', amount: 7 }, 'before_days_ago')).toEqual({ op: 'before_days_ago' });
    expect(switchOperator({ ...base, op: '=', value: 'x' }, 'is_empty')).toEqual({ op: 'is_empty' });
  });
});

describe('previewRule', () => {
  it('counts the complete part of the rule, all customers while nothing is complete, nothing on an empty canvas', () => {
    expect(previewRule(emptyDraft())).toBeNull();
    let draft = ok(addCondition(emptyDraft(), ROOT_ID, region));
    expect(previewRule(draft)).toEqual({ filter: ALL_CUSTOMERS, partial: true, baseline: true });
    draft = ok(updateCondition(draft, 'n1', { values: ['华东'] }));
    draft = ok(addGroup(draft, ROOT_ID));
    draft = ok(addCondition(draft, 'n2', health));
    expect(previewRule(draft)).toEqual({
      filter: { kind: 'group', op: 'and', children: [{ kind: 'condition', field: 'region', op: 'in', values: ['华东'] }] },
      partial: true,
      baseline: false,
    });
    draft = ok(updateCondition(draft, 'n3', { value: 50 }));
    expect(previewRule(draft)).toEqual({ filter: draftToFilter(draft).filter, partial: false, baseline: false });
  });
});
