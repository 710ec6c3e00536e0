// fast-check generators of saved segments for the differential tests: four segments (ids 1–4),
// each a static list of customer keys (row keys and hostile keys no row has) or a dynamic filter
// from the ordinary arbitraries that may refer to segments of lower ids — so references nest up
// to four levels and never cycle — and filters referring to them by id, numeric text or name.
import fc from 'fast-check';
import type { FilterNode, FilterValue } from '../../../shared/query/ast';
import { condition, node } from './arbitraries';
import type { TestSegment } from './segments';
import { customerKey } from './sqlite-table';

export const SEGMENT_IDS = [1, 2, 3, 4] as const;

/** Keys no row has, some a near miss of one that does (case, spaces, wildcards, SQL). */
const HOSTILE_MEMBERS = ['', ' ', '%', '_', 'C1', 'c1 ', ' c1', "' OR '1'='1", '" OR ""="', "x'); DROP TABLE segment_list_members; --", '😀', '华'] as const;

const member = fc.oneof(fc.integer({ min: 1, max: 25 }).map(customerKey), fc.constantFrom(...HOSTILE_MEMBERS));

const ref = (id: number): fc.Arbitrary<FilterValue> => fc.constantFrom<FilterValue>(id, String(id), `S${id}`);

/** A membership condition on some of `ids` (in / not_in / = / !=). */
export function segmentCondition(ids: readonly number[]): fc.Arbitrary<FilterNode> {
  const field = 'saved_segment';
  const pick = fc.constantFrom(...ids).chain(ref);
  return fc.oneof(
    fc
      .record({ op: fc.constantFrom('in' as const, 'not_in' as const), values: fc.array(pick, { maxLength: 3 }) })
      .map(({ op, values }): FilterNode => ({ kind: 'condition', field, op, values })),
    fc.record({ op: fc.constantFrom('=' as const, '!=' as const), value: pick }).map(({ op, value }): FilterNode => ({ kind: 'condition', field, op, value })),
  );
}

/** Ordinary conditions mixed with references to `ids`. */
const leafWith = (ids: readonly number[]): fc.Arbitrary<FilterNode> =>
  ids.length === 0 ? condition : fc.oneof({ arbitrary: condition, weight: 2 }, { arbitrary: segmentCondition(ids), weight: 1 });

function segment(id: number): fc.Arbitrary<TestSegment> {
  const lower = SEGMENT_IDS.filter((other) => other < id);
  return fc.oneof(
    fc.array(member, { maxLength: 12 }).map((members): TestSegment => ({ id, kind: 'list', members })),
    node(1, leafWith(lower)).map((filter): TestSegment => ({ id, kind: 'filter', filter })),
  );
}

export const segments: fc.Arbitrary<TestSegment[]> = fc.tuple(...SEGMENT_IDS.map(segment));

/** A filter tree referring to any of the four segments. */
export const segmentFilter = node(2, leafWith(SEGMENT_IDS));
