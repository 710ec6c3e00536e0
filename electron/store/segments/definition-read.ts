// A stored definition read back: JSON parsed, older schema versions upgraded step by step, then
// validated with the contract's schema. Anything that fails is reported as a QueryError so a
// damaged row makes its segment broken instead of crashing a screen.
import { QueryError } from '../../../shared/query/errors';
import { SEGMENT_SCHEMA_VERSION, SegmentDefinitionSchema, type SegmentDefinition } from '../../../shared/segments/definition';

/**
 * Upgrades from version v to v + 1, keyed by v. Empty while version 1 is the only one; a change
 * of the definition's shape adds its step here and bumps SEGMENT_SCHEMA_VERSION.
 */
const UPGRADES: Readonly<Record<number, (definition: Record<string, unknown>) => Record<string, unknown>>> = {};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Definitions already read, by their stored text: segment.list reads every rule once per segment
 * (who references whom), and the grid once per page. Bounded; a definition is never mutated.
 */
const parsed = new Map<string, SegmentDefinition>();
const PARSED_MAX = 1000;

export function readDefinition(text: string, segmentId: number): SegmentDefinition {
  const hit = parsed.get(text);
  if (hit) return hit;
  const definition = parseDefinition(text, segmentId);
  if (parsed.size >= PARSED_MAX) parsed.clear();
  parsed.set(text, definition);
  return definition;
}

function parseDefinition(text: string, segmentId: number): SegmentDefinition {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new QueryError('INVALID_FILTER', { segment: segmentId }, `segment ${segmentId}: definition is not JSON`);
  }
  if (!isRecord(value)) throw new QueryError('INVALID_FILTER', { segment: segmentId });
  let current = value;
  let version = typeof current.schemaVersion === 'number' ? current.schemaVersion : 0;
  while (version < SEGMENT_SCHEMA_VERSION) {
    const step = UPGRADES[version];
    if (!step) break;
    current = { ...step(current), schemaVersion: version + 1 };
    version += 1;
  }
  const result = SegmentDefinitionSchema.safeParse(current);
  if (!result.success) throw new QueryError('INVALID_FILTER', { segment: segmentId }, `segment ${segmentId}: ${result.error.message}`);
  return result.data;
}
