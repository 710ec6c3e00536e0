// fast-check generators for the differential tests: rows of the test table and filter ASTs
// over the test catalog, drawn from small adversarial alphabets so values collide with rows.
import fc from 'fast-check';
import type { FieldDef } from '../../../shared/catalog/types';
import { operatorsFor, type FilterNode, type FilterOperator, type FilterValue } from '../../../shared/query/ast';
import { FIELDS } from './catalog';
import type { TestRow } from './sqlite-table';

/** LIKE metacharacters, the escape char, quotes, backslash, ASCII and non-ASCII case pairs, astral and CJK. */
export const ALPHABET = ['%', '_', '!', "'", '"', '\\', 'a', 'A', 'é', 'É', '😀', '华'] as const;

export const SEED = Number(process.env.QUERY_FUZZ_SEED ?? 20_240_331);

/** fast-check prints the seed and the path of a failure; the seed is fixed so reruns repeat it. */
export const FC_PARAMS = { numRuns: 300, seed: SEED } as const;

/** Cycles `unit` into a string of at most `max` UTF-16 units without splitting a surrogate pair. */
function cycle(unit: string, max: number): string {
  const chars = [...unit];
  let out = '';
  for (let i = 0; chars.length > 0; i += 1) {
    const ch = chars[i % chars.length] ?? '';
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** A few fixed 10,000-unit strings, so long rows and long values meet each other. */
const LONG_TEXTS = ['aA%', '😀华!', '_\'\\"é'].map((unit) => cycle(unit, 10_000));

const shortText = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 3 });
export const text = fc.oneof({ arbitrary: shortText, weight: 30 }, { arbitrary: fc.constantFrom(...LONG_TEXTS), weight: 1 });

const ENUM_CODES = ['healthy', 'watch', 'atRisk', 'WATCH', ''] as const;
const enumCode = fc.constantFrom(...ENUM_CODES);

const number = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(0.5, -0.5, 2.5, 1e-9));
/** Numeric strings a number field must accept. */
const numericText = fc.oneof(number.map(String), fc.constantFrom(' 2 ', '1e0', '+3', '.5', '-0'));

const FIRST_DAY = Date.UTC(2023, 10, 1);
const DAY_COUNT = 240; // 2023-11-01 … 2024-06-27: crosses a year end and a leap February
const dayIso = (index: number) => new Date(FIRST_DAY + index * 86_400_000).toISOString().slice(0, 10);
export const day = fc.integer({ min: 0, max: DAY_COUNT - 1 }).map(dayIso);
const storedDate = fc.tuple(day, fc.constantFrom('', '', ' 00:00:00', ' 13:45:59', ' 23:59:59')).map(([d, time]) => d + time);

/** Snapshot dates: month ends, the leap day, and any day of the range. */
export const asOf = fc.oneof(fc.constantFrom('2024-02-29', '2024-03-31', '2024-01-31', '2023-12-31', '2024-05-31', '2024-03-01'), day);

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });

/** Awkward neighbours of the attribute key, so a sloppy path would read the wrong one. */
const ATTRIBUTE_KEYS = ['reg"i\\o.n', 'reg"i', 'reg', 'reg"i\\\\o.n'] as const;
const attrs = nullable(fc.dictionary(fc.constantFrom(...ATTRIBUTE_KEYS), fc.option(text, { nil: null }), { maxKeys: 3 }).map((object) => JSON.stringify(object)));

export const row = fc.record({
  name: nullable(text),
  tier: nullable(fc.oneof(enumCode, shortText)),
  spend: nullable(number),
  spend_prev: nullable(number),
  tenure: nullable(number),
  signup: nullable(storedDate),
  active: nullable(fc.boolean()),
  attrs,
});

export const rows = fc.array(row, { maxLength: 25 }).map((list): TestRow[] => list.map((r, i) => ({ id: i + 1, ...r })));

/** A snapshot date with rows dated close to it, where relative-date bounds fall. */
export const snapshotWithRows = asOf.chain((snapshot) => {
  const [year, month] = [Number(snapshot.slice(0, 4)), Number(snapshot.slice(5, 7))];
  const time = fc.constantFrom('', ' 00:00:00', ' 23:59:59');
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const byOffset = fc.integer({ min: -200, max: 40 }).map((offset) => iso(Date.parse(snapshot) + offset * 86_400_000));
  // Around the end of the month k months back: where in_last_months' clamped bound falls.
  const monthEnds = fc.tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: -2, max: 1 })).map(([k, d]) => iso(Date.UTC(year, month - k, d)));
  const near = fc.tuple(fc.oneof(byOffset, monthEnds), time).map(([d, t]) => d + t);
  const dated = fc.array(fc.tuple(row, nullable(near)), { maxLength: 25 });
  return dated.map((list) => ({ snapshot, data: list.map(([r, signup], i): TestRow => ({ ...r, id: i + 1, signup })) }));
});

function valueFor(field: FieldDef): fc.Arbitrary<FilterValue> {
  switch (field.type) {
    case 'text':
      return text;
    case 'enum':
      return fc.oneof(enumCode, shortText);
    case 'number':
      return fc.oneof({ arbitrary: number, weight: 4 }, { arbitrary: numericText, weight: 1 });
    case 'date':
      return day;
    case 'boolean':
      return fc.boolean();
  }
}

function ordered(field: FieldDef, a: FilterValue, b: FilterValue): [FilterValue, FilterValue] {
  const key = (v: FilterValue) => (field.type === 'number' ? Number(v) : String(v));
  return key(a) <= key(b) ? [a, b] : [b, a];
}

function payload(field: FieldDef, op: FilterOperator): fc.Arbitrary<FilterNode> {
  const base = { kind: 'condition' as const, field: field.id, op };
  const value = valueFor(field);
  switch (op) {
    case 'between':
      return fc.tuple(value, value).map(([a, b]) => {
        const [low, high] = ordered(field, a, b);
        return { ...base, low, high };
      });
    case 'in':
    case 'not_in':
      return fc.array(value, { maxLength: 4 }).map((values) => ({ ...base, values }));
    case 'is_empty':
    case 'not_empty':
      return fc.constant(base);
    case 'in_last_days':
    case 'in_last_months':
    case 'before_days_ago': {
      const min = op === 'before_days_ago' ? 0 : 1;
      const max = op === 'in_last_months' ? 8 : 90;
      return fc.integer({ min, max }).map((amount) => ({ ...base, amount }));
    }
    case 'changed_by':
      return fc
        .record({ value: fc.oneof(fc.constantFrom(0, 1, 2.5, 5), fc.constant('3')), direction: fc.constantFrom(undefined, 'up', 'down', 'either') })
        .map(({ value: v, direction }) => (direction === undefined ? { ...base, value: v } : { ...base, value: v, direction }));
    default:
      return value.map((v) => ({ ...base, value: v }));
  }
}

const conditionOn = (fields: readonly FieldDef[]): fc.Arbitrary<FilterNode> =>
  fc
    .constantFrom(...fields)
    .chain((field) => fc.constantFrom(...operatorsFor(field.type, { hasPreviousColumn: field.previousColumn !== undefined })).chain((op) => payload(field, op)));

/** Membership conditions need saved segments to refer to: segment-arbitraries.ts makes both. */
export const condition = conditionOn(FIELDS.filter((f) => f.source === 'customer' && !f.membership));
/** Date and change conditions are a small share of `condition`; these ask them often. */
export const dateCondition = conditionOn(FIELDS.filter((f) => f.source === 'customer' && f.type === 'date'));
export const changeCondition = fc.constantFrom(...FIELDS.filter((f) => f.previousColumn !== undefined)).chain((f) => payload(f, 'changed_by'));

/** Trees of at most `level` nested nodes; groups only above level 0, so ≤ 4 group levels. */
export function node(level: number, leaf: fc.Arbitrary<FilterNode> = condition): fc.Arbitrary<FilterNode> {
  if (level === 0) return leaf;
  const below = node(level - 1, leaf);
  return fc.oneof(
    { arbitrary: leaf, weight: 3 },
    { arbitrary: below.map((child): FilterNode => ({ kind: 'not', child })), weight: 1 },
    {
      arbitrary: fc
        .record({ op: fc.constantFrom('and' as const, 'or' as const), children: fc.array(below, { minLength: 1, maxLength: 4 }) })
        .map(({ op, children }): FilterNode => ({ kind: 'group', op, children })),
      weight: 2,
    },
  );
}

export const filter = node(4);
