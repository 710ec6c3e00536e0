// The builder's editable rule: the filter AST's shape plus what editing needs and the AST does
// not carry — a stable id per node (React keys, drag targets, test ids, "which condition is
// unfinished") and conditions whose payload is not complete yet. Pure and immutable: every
// operation returns a new draft (or the same one when it refuses), so undo is a list of drafts.
import { MAX_GROUP_DEPTH, type ChangeDirection, type FilterOperator, type FilterValue, type GroupOp } from '../../../../shared/query/ast';

export interface DraftCondition {
  readonly kind: 'condition';
  readonly id: string;
  readonly field: string;
  readonly op: FilterOperator;
  // Payload kept while the analyst switches operators (the AST ignores what an op does not read).
  readonly value?: FilterValue;
  readonly values?: readonly FilterValue[];
  readonly low?: FilterValue;
  readonly high?: FilterValue;
  readonly amount?: number;
  readonly direction?: ChangeDirection;
}

export interface DraftGroup {
  readonly kind: 'group';
  readonly id: string;
  readonly op: GroupOp;
  /** NOT on the whole group. */
  readonly not: boolean;
  readonly children: readonly DraftNode[];
}

export type DraftNode = DraftGroup | DraftCondition;

export interface Draft {
  readonly root: DraftGroup;
  /** Next id number; ids are never reused within one builder session. */
  readonly nextId: number;
}

export type ConditionPatch = Partial<Omit<DraftCondition, 'kind' | 'id' | 'field'>>;

/** What the draft needs to know of a catalog field to start a condition on it. */
export interface FieldInfo {
  readonly id: string;
  readonly type: 'text' | 'enum' | 'number' | 'date' | 'boolean';
  readonly operators: readonly string[];
}

export type RefusedReason = 'tooDeep' | 'intoItself' | 'notFound' | 'root';
export type EditResult = { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly reason: RefusedReason };

export const ROOT_ID = 'root';

export function emptyDraft(nextId = 1): Draft {
  return { root: { kind: 'group', id: ROOT_ID, op: 'and', not: false, children: [] }, nextId };
}

export function isEmpty(draft: Draft): boolean {
  return draft.root.children.length === 0;
}

// ---- lookups -----------------------------------------------------------------------------

export interface Located {
  readonly node: DraftNode;
  /** The group holding the node; null for the root. */
  readonly parent: DraftGroup | null;
  readonly index: number;
  /** Groups from the root down to the node itself when it is a group (root = 1). */
  readonly groupDepth: number;
}

export function locate(draft: Draft, id: string): Located | null {
  const visit = (group: DraftGroup, depth: number): Located | null => {
    for (const [index, child] of group.children.entries()) {
      if (child.id === id) return { node: child, parent: group, index, groupDepth: child.kind === 'group' ? depth + 1 : depth };
      if (child.kind === 'group') {
        const found = visit(child, depth + 1);
        if (found) return found;
      }
    }
    return null;
  };
  if (draft.root.id === id) return { node: draft.root, parent: null, index: 0, groupDepth: 1 };
  return visit(draft.root, 1);
}

/** Levels of groups inside a node, itself included (a condition has none). */
export function groupHeight(node: DraftNode): number {
  if (node.kind === 'condition') return 0;
  return 1 + Math.max(0, ...node.children.map(groupHeight));
}

function contains(node: DraftNode, id: string): boolean {
  if (node.id === id) return true;
  return node.kind === 'group' && node.children.some((child) => contains(child, id));
}

/** Ids of the groups a node may be moved into (the add-to-group and move-to-group selects). */
export function groupTargets(draft: Draft, movingId?: string): string[] {
  const moving = movingId ? locate(draft, movingId)?.node : undefined;
  const height = moving ? groupHeight(moving) : 0;
  const ids: string[] = [];
  const visit = (group: DraftGroup, depth: number): void => {
    if (moving && contains(moving, group.id)) return;
    if (depth + height <= MAX_GROUP_DEPTH) ids.push(group.id);
    for (const child of group.children) if (child.kind === 'group') visit(child, depth + 1);
  };
  visit(draft.root, 1);
  return ids;
}

// ---- rewriting ---------------------------------------------------------------------------

/** The tree with one group replaced by `change(group)`; ids elsewhere untouched. */
function mapGroup(group: DraftGroup, id: string, change: (g: DraftGroup) => DraftGroup): DraftGroup {
  if (group.id === id) return change(group);
  let changed = false;
  const children = group.children.map((child) => {
    if (child.kind !== 'group') return child;
    const next = mapGroup(child, id, change);
    if (next !== child) changed = true;
    return next;
  });
  return changed ? { ...group, children } : group;
}

function withRoot(draft: Draft, root: DraftGroup, nextId = draft.nextId): Draft {
  return root === draft.root && nextId === draft.nextId ? draft : { root, nextId };
}

function insertAt<T>(list: readonly T[], index: number | undefined, item: T): T[] {
  const at = index === undefined ? list.length : Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function insertInto(draft: Draft, groupId: string, node: DraftNode, index: number | undefined, nextId: number): EditResult {
  const target = locate(draft, groupId);
  if (!target || target.node.kind !== 'group') return { ok: false, reason: 'notFound' };
  if (target.groupDepth + groupHeight(node) > MAX_GROUP_DEPTH) return { ok: false, reason: 'tooDeep' };
  const root = mapGroup(draft.root, groupId, (g) => ({ ...g, children: insertAt(g.children, index, node) }));
  return { ok: true, draft: withRoot(draft, root, nextId) };
}

// The operator a new condition starts with: one that gives a useful rule with the fewest clicks.
const PREFERRED_OPS: Record<FieldInfo['type'], readonly FilterOperator[]> = {
  enum: ['in', '='],
  text: ['in', 'contains', '='],
  number: ['>=', 'between', '='],
  date: ['in_last_days', '>=', '='],
  boolean: ['='],
};

export function defaultCondition(field: FieldInfo, id: string): DraftCondition {
  const op = PREFERRED_OPS[field.type].find((candidate) => field.operators.includes(candidate)) ?? (field.operators[0] as FilterOperator | undefined) ?? '=';
  const base: DraftCondition = { kind: 'condition', id, field: field.id, op };
  // A date "in the last 30 days" and a yes/no "= yes" are complete at once: the count moves on drop.
  if (op === 'in_last_days') return { ...base, amount: 30 };
  if (field.type === 'boolean') return { ...base, value: true };
  if (op === 'in') return { ...base, values: [] };
  return base;
}

export function addCondition(draft: Draft, groupId: string, field: FieldInfo, index?: number): EditResult {
  const node = defaultCondition(field, `n${draft.nextId}`);
  return insertInto(draft, groupId, node, index, draft.nextId + 1);
}

export function addGroup(draft: Draft, parentId: string, op: GroupOp = 'or', index?: number): EditResult {
  const node: DraftGroup = { kind: 'group', id: `n${draft.nextId}`, op, not: false, children: [] };
  return insertInto(draft, parentId, node, index, draft.nextId + 1);
}

/**
 * Moves a node into `groupId` before the child now at `index` (counted before the node leaves its
 * place; undefined = at the end). Refuses a group moved into itself and nesting past the limit.
 */
export function moveNode(draft: Draft, id: string, groupId: string, index?: number): EditResult {
  if (id === ROOT_ID) return { ok: false, reason: 'root' };
  const from = locate(draft, id);
  const target = locate(draft, groupId);
  if (!from?.parent || !target || target.node.kind !== 'group') return { ok: false, reason: 'notFound' };
  if (contains(from.node, groupId)) return { ok: false, reason: 'intoItself' };
  if (target.groupDepth + groupHeight(from.node) > MAX_GROUP_DEPTH) return { ok: false, reason: 'tooDeep' };
  const sameParent = from.parent.id === groupId;
  const at = index === undefined ? undefined : sameParent && from.index < index ? index - 1 : index;
  if (sameParent && (at ?? from.parent.children.length - 1) === from.index) return { ok: true, draft };
  const removed = mapGroup(draft.root, from.parent.id, (g) => ({ ...g, children: g.children.filter((child) => child.id !== id) }));
  const root = mapGroup(removed, groupId, (g) => ({ ...g, children: insertAt(g.children, at, from.node) }));
  return { ok: true, draft: withRoot(draft, root) };
}

/** One step up (-1) or down (+1) among its siblings: the keyboard's reorder. */
export function moveBy(draft: Draft, id: string, delta: -1 | 1): EditResult {
  const from = locate(draft, id);
  if (!from?.parent) return { ok: false, reason: from ? 'root' : 'notFound' };
  const to = from.index + delta;
  if (to < 0 || to >= from.parent.children.length) return { ok: true, draft };
  return moveNode(draft, id, from.parent.id, delta > 0 ? to + 1 : to);
}

function cloneWithIds(node: DraftNode, next: () => string): DraftNode {
  if (node.kind === 'condition') return { ...node, id: next() };
  return { ...node, id: next(), children: node.children.map((child) => cloneWithIds(child, next)) };
}

/** A copy with fresh ids right after the original. */
export function duplicateNode(draft: Draft, id: string): EditResult {
  const from = locate(draft, id);
  if (!from?.parent) return { ok: false, reason: from ? 'root' : 'notFound' };
  let nextId = draft.nextId;
  const copy = cloneWithIds(from.node, () => `n${nextId++}`);
  const root = mapGroup(draft.root, from.parent.id, (g) => ({ ...g, children: insertAt(g.children, from.index + 1, copy) }));
  return { ok: true, draft: withRoot(draft, root, nextId) };
}

export function removeNode(draft: Draft, id: string): EditResult {
  const from = locate(draft, id);
  if (!from?.parent) return { ok: false, reason: from ? 'root' : 'notFound' };
  const root = mapGroup(draft.root, from.parent.id, (g) => ({ ...g, children: g.children.filter((child) => child.id !== id) }));
  return { ok: true, draft: withRoot(draft, root) };
}

export function setGroupOp(draft: Draft, groupId: string, op: GroupOp): EditResult {
  const found = locate(draft, groupId);
  if (found?.node.kind !== 'group') return { ok: false, reason: 'notFound' };
  return {
    ok: true,
    draft: withRoot(
      draft,
      mapGroup(draft.root, groupId, (g) => (g.op === op ? g : { ...g, op })),
    ),
  };
}

export function toggleNot(draft: Draft, groupId: string): EditResult {
  const found = locate(draft, groupId);
  if (found?.node.kind !== 'group') return { ok: false, reason: 'notFound' };
  return {
    ok: true,
    draft: withRoot(
      draft,
      mapGroup(draft.root, groupId, (g) => ({ ...g, not: !g.not })),
    ),
  };
}

/** Sets operator and payload of a condition; `undefined` in the patch clears that payload. */
export function updateCondition(draft: Draft, id: string, patch: ConditionPatch): EditResult {
  const from = locate(draft, id);
  if (!from?.parent || from.node.kind !== 'condition') return { ok: false, reason: 'notFound' };
  const node = from.node;
  const next: DraftCondition = { ...node, ...patch };
  const root = mapGroup(draft.root, from.parent.id, (g) => ({ ...g, children: g.children.map((child) => (child.id === id ? next : child)) }));
  return { ok: true, draft: withRoot(draft, root) };
}

/** Replaces the whole canvas (a template, or the initial rule), keeping ids unique. */
export function replaceRoot(draft: Draft, root: DraftGroup, nextId: number): Draft {
  return { root, nextId: Math.max(nextId, draft.nextId) };
}
