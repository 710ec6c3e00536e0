// Drag and drop between the palette and the canvas. What is dragged (a field from the palette or
// a node of the canvas) and where it lands (a group's end, or before one of its children) travel
// as dnd-kit data; nested drop zones overlap, so the deepest zone under the pointer wins.
import { pointerWithin, rectIntersection, type CollisionDetection } from '@dnd-kit/core';

export type DragData = { readonly kind: 'field'; readonly fieldId: string } | { readonly kind: 'node'; readonly nodeId: string };

export interface DropData {
  readonly groupId: string;
  /** Insert before this child index; undefined = at the end of the group. */
  readonly index?: number;
  /** Deeper zones win over the zones around them. */
  readonly rank: number;
}

export const dragId = (data: DragData): string => (data.kind === 'field' ? `field:${data.fieldId}` : `node:${data.nodeId}`);

function isDropData(value: unknown): value is DropData {
  return typeof value === 'object' && value !== null && 'groupId' in value && 'rank' in value;
}

export function asDropData(value: unknown): DropData | null {
  return isDropData(value) ? value : null;
}

export function asDragData(value: unknown): DragData | null {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return null;
  const data = value as { kind: unknown; fieldId?: unknown; nodeId?: unknown };
  if (data.kind === 'field' && typeof data.fieldId === 'string') return { kind: 'field', fieldId: data.fieldId };
  if (data.kind === 'node' && typeof data.nodeId === 'string') return { kind: 'node', nodeId: data.nodeId };
  return null;
}

const rankOf = (args: Parameters<CollisionDetection>[0], id: string | number): number => {
  const container = args.droppableContainers.find((c) => c.id === id);
  return asDropData(container?.data.current)?.rank ?? 0;
};

export const deepestUnderPointer: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  if (hits.length === 0) return rectIntersection(args);
  return [...hits].sort((a, b) => rankOf(args, b.id) - rankOf(args, a.id));
};
