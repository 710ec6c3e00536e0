// The segment builder's draft tree: stable ids, add / move / duplicate / delete, NOT, the nesting
// limit (root + 3 levels), without a browser.
import { describe, expect, it } from 'vitest';
import {
  addCondition,
  addGroup,
  duplicateNode,
  emptyDraft,
  groupTargets,
  locate,
  moveBy,
  moveNode,
  removeNode,
  ROOT_ID,
  setGroupOp,
  toggleNot,
  updateCondition,
  type Draft,
  type EditResult,
  type FieldInfo,
} from '../../../renderer/features/segments/builder/draft';

const region: FieldInfo = { id: 'region', type: 'text', operators: ['=', '!=', 'in', 'not_in', 'contains', 'is_empty', 'not_empty'] };
const health: FieldInfo = { id: 'health_score', type: 'number', operators: ['=', '<', '>=', 'between', 'changed_by'] };
const signup: FieldInfo = { id: 'signup_date', type: 'date', operators: ['=', '>=', 'between', 'in_last_days', 'before_days_ago'] };

function ok(result: EditResult): Draft {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.draft;
}

const childIds = (draft: Draft, groupId = ROOT_ID): string[] => {
  const found = locate(draft, groupId);
  return found?.node.kind === 'group' ? found.node.children.map((c) => c.id) : [];
};

/** root > g1 > g2 > g3: the deepest group the product allows. */
function deepest(): { draft: Draft; g1: string; g2: string; g3: string } {
  let draft = ok(addGroup(emptyDraft(), ROOT_ID));
  const g1 = childIds(draft)[0] ?? '';
  draft = ok(addGroup(draft, g1));
  const g2 = childIds(draft, g1)[0] ?? '';
  draft = ok(addGroup(draft, g2));
  const g3 = childIds(draft, g2)[0] ?? '';
  return { draft, g1, g2, g3 };
}

describe('adding', () => {
  it('gives every new node a fresh id and a condition a default the type suits', () => {
    let draft = ok(addCondition(emptyDraft(), ROOT_ID, region));
    draft = ok(addCondition(draft, ROOT_ID, health));
    draft = ok(addCondition(draft, ROOT_ID, signup, 0));
    expect(childIds(draft)).toEqual(['n3', 'n1', 'n2']);
    expect(locate(draft, 'n1')?.node).toEqual({ kind: 'condition', id: 'n1', field: 'region', op: 'in', values: [] });
    expect(locate(draft, 'n2')?.node).toMatchObject({ field: 'health_score', op: '>=' });
    expect(locate(draft, 'n3')?.node).toMatchObject({ field: 'signup_date', op: 'in_last_days', amount: 30 });
  });

  it('starts with the first operator the catalog offers when none of the preferred ones is there', () => {
    const draft = ok(addCondition(emptyDraft(), ROOT_ID, { id: 'x', type: 'number', operators: ['is_empty', 'not_empty'] }));
    expect(locate(draft, 'n1')?.node).toMatchObject({ op: 'is_empty' });
  });

  it('allows three nested levels and refuses a fourth', () => {
    const { draft, g3 } = deepest();
    expect(locate(draft, g3)?.groupDepth).toBe(4);
    expect(addGroup(draft, g3)).toEqual({ ok: false, reason: 'tooDeep' });
    expect(ok(addCondition(draft, g3, region))).not.toBe(draft);
  });

  it('refuses an unknown group', () => {
    expect(addCondition(emptyDraft(), 'n99', region)).toEqual({ ok: false, reason: 'notFound' });
  });
});

describe('moving', () => {
  function three(): Draft {
    let draft = emptyDraft();
    for (const field of [region, health, signup]) draft = ok(addCondition(draft, ROOT_ID, field));
    return draft;
  }

  it('reorders within a group, the index counted before the node leaves', () => {
    const draft = three();
    expect(childIds(ok(moveNode(draft, 'n1', ROOT_ID, 3)))).toEqual(['n2', 'n3', 'n1']);
    expect(childIds(ok(moveNode(draft, 'n3', ROOT_ID, 0)))).toEqual(['n3', 'n1', 'n2']);
    expect(childIds(ok(moveNode(draft, 'n1', ROOT_ID, 2)))).toEqual(['n2', 'n1', 'n3']);
    expect(ok(moveNode(draft, 'n2', ROOT_ID, 2))).toBe(draft);
  });

  it('moves by one step with the keyboard and stays put at the ends', () => {
    const draft = three();
    expect(childIds(ok(moveBy(draft, 'n2', -1)))).toEqual(['n2', 'n1', 'n3']);
    expect(childIds(ok(moveBy(draft, 'n2', 1)))).toEqual(['n1', 'n3', 'n2']);
    expect(ok(moveBy(draft, 'n1', -1))).toBe(draft);
  });

  it('regroups a condition into another group and back', () => {
    let draft = ok(addGroup(three(), ROOT_ID));
    draft = ok(moveNode(draft, 'n2', 'n4'));
    expect(childIds(draft)).toEqual(['n1', 'n3', 'n4']);
    expect(childIds(draft, 'n4')).toEqual(['n2']);
    draft = ok(moveNode(draft, 'n2', ROOT_ID, 0));
    expect(childIds(draft)).toEqual(['n2', 'n1', 'n3', 'n4']);
    expect(childIds(draft, 'n4')).toEqual([]);
  });

  it('refuses a group into itself or its own child, the root, and nesting past the limit', () => {
    const { draft, g1, g2 } = deepest();
    expect(moveNode(draft, g1, g2)).toEqual({ ok: false, reason: 'intoItself' });
    expect(moveNode(draft, ROOT_ID, g1)).toEqual({ ok: false, reason: 'root' });
    // A sibling group holding one more level cannot go under g2 (it would be a fourth level).
    let wide = ok(addGroup(draft, ROOT_ID));
    const sibling = childIds(wide)[1] ?? '';
    wide = ok(addGroup(wide, sibling));
    expect(moveNode(wide, sibling, g2)).toEqual({ ok: false, reason: 'tooDeep' });
    expect(ok(moveNode(wide, sibling, g1)).root).not.toBe(wide.root);
    expect(groupTargets(wide, sibling)).toEqual([ROOT_ID, g1]);
    expect(groupTargets(wide, g1)).toEqual([ROOT_ID]);
  });
});

describe('duplicate, delete, NOT, operators and values', () => {
  it('duplicates a group with fresh ids right after it', () => {
    let draft = ok(addGroup(emptyDraft(), ROOT_ID));
    draft = ok(addCondition(draft, 'n1', region));
    draft = ok(addCondition(draft, ROOT_ID, health));
    draft = ok(duplicateNode(draft, 'n1'));
    expect(childIds(draft)).toEqual(['n1', 'n4', 'n3']);
    expect(childIds(draft, 'n4')).toEqual(['n5']);
    expect(locate(draft, 'n5')?.node).toMatchObject({ field: 'region' });
    expect(draft.nextId).toBe(6);
  });

  it('deletes a node and its subtree; the root stays', () => {
    let draft = ok(addGroup(emptyDraft(), ROOT_ID));
    draft = ok(addCondition(draft, 'n1', region));
    draft = ok(removeNode(draft, 'n1'));
    expect(childIds(draft)).toEqual([]);
    expect(locate(draft, 'n2')).toBeNull();
    expect(removeNode(draft, ROOT_ID)).toEqual({ ok: false, reason: 'root' });
  });

  it('toggles NOT and switches AND/OR on a group only', () => {
    let draft = ok(addCondition(emptyDraft(), ROOT_ID, region));
    draft = ok(toggleNot(draft, ROOT_ID));
    draft = ok(setGroupOp(draft, ROOT_ID, 'or'));
    expect(draft.root).toMatchObject({ not: true, op: 'or' });
    expect(ok(toggleNot(draft, ROOT_ID)).root.not).toBe(false);
    expect(toggleNot(draft, 'n1')).toEqual({ ok: false, reason: 'notFound' });
  });

  it('sets operator and payload, keeping the payload another operator reads', () => {
    let draft = ok(addCondition(emptyDraft(), ROOT_ID, health));
    draft = ok(updateCondition(draft, 'n1', { op: 'between', low: 10, high: 40 }));
    draft = ok(updateCondition(draft, 'n1', { op: '<', value: 40 }));
    expect(locate(draft, 'n1')?.node).toMatchObject({ op: '<', value: 40, low: 10, high: 40 });
    expect(ok(updateCondition(draft, 'n1', { value: undefined }))).not.toHaveProperty('root.children.0.value', 40);
    expect(updateCondition(draft, ROOT_ID, { op: '=' })).toEqual({ ok: false, reason: 'notFound' });
  });

  it('leaves untouched subtrees as the same objects (cheap re-render, cheap history)', () => {
    let draft = ok(addGroup(emptyDraft(), ROOT_ID));
    draft = ok(addGroup(draft, ROOT_ID));
    const before = locate(draft, 'n1')?.node;
    draft = ok(addCondition(draft, 'n2', region));
    expect(locate(draft, 'n1')?.node).toBe(before);
  });
});
