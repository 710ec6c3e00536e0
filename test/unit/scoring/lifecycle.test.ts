// Lifecycle as of T and spells (shared/scoring/lifecycle.ts) on hand-made histories: every
// branch of the rule once, then a property on random small histories — a customer is active
// as of T exactly when one of its spells covers T, and the lifecycle as of T does not depend
// on data dated after T.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ChurnDefinitionSchema, type ChurnDefinitionInput } from '../../../shared/scoring/churn-definition';
import { dayOf } from '../../../shared/scoring/days';
import { lifecycleAt, lifecycleColumns, spellTable, SpellFinder, CHURN_KINDS, LIFECYCLE_STATES, NO_KIND, type Lifecycle } from '../../../shared/scoring/lifecycle';
import { handHistory, historyOfDays, type DayCustomer, type HandCustomer } from '../../support/hand-history';

const T = '2024-06-30';
const def = (input: ChurnDefinitionInput = {}) => ChurnDefinitionSchema.parse(input);
const at = (customer: HandCustomer, asOf = T, definition = def()): Lifecycle => lifecycleAt(handHistory([customer], asOf), definition, 0, dayOf(asOf), []);
const churned = (kind: Lifecycle['kind'], date: string | null) => ({ state: 'churned', kind, churnDay: date === null ? NaN : dayOf(date) });
const ACTIVE = { state: 'active', kind: null, churnDay: NaN };
const PROSPECT = { state: 'prospect', kind: null, churnDay: NaN };
const iso = (d: number) => (Number.isFinite(d) ? new Date(d * 86_400_000).toISOString().slice(0, 10) : d);
const spellsOf = (customer: HandCustomer, limit = T, definition = def()) =>
  new SpellFinder(handHistory([customer], limit), definition, dayOf(limit)).of(0).map((s) => [iso(s.start), iso(s.end)]);

describe('lifecycle as of T, implicit definition (orders, 90 days)', () => {
  it('is prospect without an order by T, active within 90 days of the last one, churned on last + 90', () => {
    expect(at({ signup: '2024-01-01' })).toEqual(PROSPECT);
    expect(at({ signup: '2024-01-01', orders: ['2024-07-01'] })).toEqual(PROSPECT);
    expect(at({ orders: ['2024-04-02'] })).toEqual(ACTIVE); // day 89 after the order
    expect(at({ orders: ['2024-04-01'] })).toEqual(churned('implicit', '2024-06-30')); // day 90
    expect(at({ orders: ['2023-01-05', '2023-12-01'] })).toEqual(churned('implicit', '2024-02-29'));
  });

  it('counts active churn first: a dated cancellation ≤ T, an undated one, a flag', () => {
    const recent = ['2024-06-01'];
    expect(at({ orders: recent, cancelled: '2024-06-15' })).toEqual(churned('cancelled', '2024-06-15'));
    expect(at({ orders: recent, cancelled: '2024-07-15' })).toEqual(ACTIVE);
    expect(at({ orders: recent, cancelled: null })).toEqual(churned('cancelled', null));
    expect(at({ signup: '2024-01-01', cancelled: '2024-03-01' })).toEqual(churned('cancelled', '2024-03-01'));
    expect(at({ orders: recent, flagged: true })).toEqual(churned('flag', null));
    // An implicit churn before the cancellation: the cancellation names the state.
    expect(at({ orders: ['2023-06-01'], cancelled: '2024-05-01' })).toEqual(churned('cancelled', '2024-05-01'));
  });

  it('counts an unrenewed contract end ≤ T only when the definition says so; the earlier active churn wins', () => {
    const c = { orders: ['2024-06-01'], contractEnd: '2024-05-31' };
    expect(at(c)).toEqual(churned('contract_end', '2024-05-31'));
    expect(at(c, T, def({ active: { contractEndCounts: false } }))).toEqual(ACTIVE);
    expect(at({ ...c, contractEnd: '2024-12-31' })).toEqual(ACTIVE);
    expect(at({ ...c, cancelled: '2024-06-10' })).toEqual(churned('contract_end', '2024-05-31'));
    expect(at({ ...c, cancelled: '2024-05-10' })).toEqual(churned('cancelled', '2024-05-10'));
  });

  it('follows the basis: orders, activity or either', () => {
    const c = { orders: ['2024-01-10'], activities: ['2024-06-20'] };
    expect(at(c)).toEqual(churned('implicit', '2024-04-09'));
    expect(at(c, T, def({ implicit: { basis: 'activity' } }))).toEqual(ACTIVE);
    expect(at({ orders: ['2024-06-01'] }, T, def({ implicit: { basis: 'activity' } }))).toEqual(PROSPECT);
    expect(at({ orders: ['2024-06-01'], activities: ['2023-01-01'] }, T, def({ implicit: { basis: 'activity' } }))).toEqual(churned('implicit', '2023-04-01'));
    expect(at(c, T, def({ implicit: { basis: 'either' } }))).toEqual(ACTIVE);
  });

  it('uses k × the own median gap (gap), or the smaller of it and N (either)', () => {
    // Gaps 10, 10, 20: median 10, k = 3 → 30 days.
    const c = { orders: ['2024-04-01', '2024-04-11', '2024-04-21', '2024-05-11'] };
    expect(at(c, T, def({ implicit: { rule: 'gap' } }))).toEqual(churned('implicit', '2024-06-10'));
    expect(at(c, T, def({ implicit: { rule: 'either', days: 20 } }))).toEqual(churned('implicit', '2024-05-31'));
    expect(at(c, T, def({ implicit: { rule: 'either', days: 120 } }))).toEqual(churned('implicit', '2024-06-10'));
    // Fewer than three order days: N.
    expect(at({ orders: ['2024-05-01', '2024-05-03'] }, T, def({ implicit: { rule: 'gap' } }))).toEqual(ACTIVE);
  });
});

describe('lifecycle as of T, active definition', () => {
  const active = def({ kind: 'active' });
  it('is prospect before the start (signup, else first order), then active until active churn', () => {
    expect(at({ signup: '2024-07-01' }, T, active)).toEqual(PROSPECT);
    expect(at({ orders: ['2024-07-02'] }, T, active)).toEqual(PROSPECT);
    expect(at({ signup: '2020-01-01' }, T, active)).toEqual(ACTIVE);
    expect(at({ orders: ['2021-01-01'] }, T, active)).toEqual(ACTIVE);
    expect(at({ signup: '2020-01-01', cancelled: '2022-01-01' }, T, active)).toEqual(churned('cancelled', '2022-01-01'));
    expect(at({ signup: '2020-01-01', contractEnd: '2024-06-30' }, T, active)).toEqual(churned('contract_end', '2024-06-30'));
    expect(at({ signup: '2020-01-01', flagged: true }, T, active)).toEqual(churned('flag', null));
  });
});

describe('spells', () => {
  it('implicit: one per run of orders within the threshold, ongoing at the limit', () => {
    expect(spellsOf({ orders: ['2024-01-10', '2024-02-15', '2024-06-20'] })).toEqual([
      ['2024-01-10', '2024-05-15'],
      ['2024-06-20', Infinity],
    ]);
    expect(spellsOf({ signup: '2023-01-01' })).toEqual([]);
  });

  it('implicit: truncated at the active churn day, nothing after it', () => {
    const orders = ['2024-01-10', '2024-02-15', '2024-06-20'];
    expect(spellsOf({ orders, cancelled: '2024-02-01' })).toEqual([['2024-01-10', '2024-02-01']]);
    expect(spellsOf({ orders, contractEnd: '2024-06-25' })).toEqual([
      ['2024-01-10', '2024-05-15'],
      ['2024-06-20', '2024-06-25'],
    ]);
    expect(spellsOf({ orders, cancelled: '2024-07-25' })).toEqual([
      ['2024-01-10', '2024-05-15'],
      ['2024-06-20', Infinity],
    ]);
    expect(spellsOf({ orders, cancelled: null })).toEqual([]);
    expect(spellsOf({ orders, flagged: true })).toEqual([]);
  });

  it('gap rule: the threshold changes as the orders come, as the lifecycle sees it at each day', () => {
    // Threshold N = 90 until the third order day; then 3 × median gap.
    const c = { orders: ['2024-01-01', '2024-01-03', '2024-01-05', '2024-03-01'] };
    const gap = def({ implicit: { rule: 'gap' } });
    // After 01-05: gaps 2, 2 → 6 days, so churned on 01-11; back on 03-01 (gaps 2, 2, 56 → median 2 → 6).
    expect(spellsOf(c, T, gap)).toEqual([
      ['2024-01-01', '2024-01-11'],
      ['2024-03-01', '2024-03-07'],
    ]);
    expect(at(c, '2024-01-10', gap).state).toBe('active');
    expect(at(c, '2024-01-11', gap)).toEqual(churned('implicit', '2024-01-11'));
  });

  it('active definition: one spell from the start to the active churn day', () => {
    const active = def({ kind: 'active' });
    expect(spellsOf({ signup: '2023-01-01', cancelled: '2024-02-01' }, T, active)).toEqual([['2023-01-01', '2024-02-01']]);
    expect(spellsOf({ signup: '2023-01-01' }, T, active)).toEqual([['2023-01-01', Infinity]]);
    expect(spellsOf({ orders: ['2023-05-01'], contractEnd: '2025-01-01' }, T, active)).toEqual([['2023-05-01', Infinity]]);
    expect(spellsOf({ signup: '2024-07-01' }, T, active)).toEqual([]);
    expect(spellsOf({ signup: '2023-01-01', cancelled: '2022-01-01' }, T, active)).toEqual([]);
  });

  it('spellTable holds the same spells customer by customer', () => {
    const customers: HandCustomer[] = [{ orders: ['2024-01-10', '2024-02-15', '2024-06-20'] }, { signup: '2023-01-01' }, { orders: ['2024-03-01'] }];
    const h = handHistory(customers, T);
    const table = spellTable(h, def(), dayOf(T));
    expect(Array.from(table.offsets)).toEqual([0, 2, 2, 3]);
    expect(Array.from(table.start, iso)).toEqual(['2024-01-10', '2024-06-20', '2024-03-01']);
    expect(Array.from(table.end, iso)).toEqual(['2024-05-15', Infinity, '2024-05-30']);
  });
});

describe('lifecycle columns', () => {
  it('codes every customer as lifecycleAt does', () => {
    const h = handHistory([{ orders: ['2024-06-01'] }, { orders: ['2023-01-01'] }, { signup: '2024-01-01' }, { flagged: true, orders: ['2024-06-01'] }], T);
    const cols = lifecycleColumns(h, def(), [0, 1, 2, 3], dayOf(T));
    expect(Array.from(cols.state, (s) => LIFECYCLE_STATES[s])).toEqual(['active', 'churned', 'prospect', 'churned']);
    expect(Array.from(cols.kind, (k) => (k === NO_KIND ? null : CHURN_KINDS[k]))).toEqual([null, 'implicit', null, 'flag']);
    expect(Array.from(cols.churnDay, iso)).toEqual([NaN, '2023-04-01', NaN, NaN]);
  });
});

describe('property: spells and lifecycle agree', () => {
  const L = 400;
  const day = fc.integer({ min: 0, max: L });
  const maybeDay = fc.option(fc.integer({ min: 0, max: L + 100 }), { nil: NaN, freq: 2 });
  const customer: fc.Arbitrary<DayCustomer> = fc.record({
    signup: maybeDay,
    contractEnd: maybeDay,
    cancelled: fc.oneof(
      { weight: 6, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant(NaN) },
      { weight: 3, arbitrary: fc.integer({ min: 0, max: L + 100 }) },
    ),
    flagged: fc.integer({ min: 0, max: 9 }).map((v) => v === 0),
    orders: fc.array(day, { maxLength: 9 }),
    activities: fc.array(day, { maxLength: 6 }),
  });
  const definition = fc
    .record({
      kind: fc.constantFrom('implicit' as const, 'active' as const),
      implicit: fc.record({
        basis: fc.constantFrom('orders' as const, 'activity' as const, 'either' as const),
        days: fc.integer({ min: 1, max: 80 }),
        gapMultiple: fc.constantFrom(1, 1.5, 3),
        rule: fc.constantFrom('days' as const, 'gap' as const, 'either' as const),
      }),
      active: fc.record({ contractEndCounts: fc.boolean(), flagAttribute: fc.constant(null) }),
    })
    .map((d) => def(d));

  it('active as of T ⇔ some spell has start ≤ T < end; and data after T changes nothing', () => {
    fc.assert(
      fc.property(fc.array(customer, { minLength: 1, maxLength: 6 }), definition, (customers, d) => {
        const full = historyOfDays(customers, L);
        const finder = new SpellFinder(full, d, L);
        const buf: number[] = [];
        for (let c = 0; c < customers.length; c++) {
          const spells = finder.of(c);
          for (let k = 1; k < spells.length; k++) expect(spells[k]!.start).toBeGreaterThan(spells[k - 1]!.end);
          for (let t = 0; t <= L; t += 3) {
            const life = lifecycleAt(full, d, c, t, buf);
            const covered = spells.some((s) => s.start <= t && t < s.end);
            if ((life.state === 'active') !== covered) throw new Error(`customer ${c} day ${t}: ${life.state} vs spells ${JSON.stringify(spells)}`);
            if (t % 39 === 0) expect(lifecycleAt(historyOfDays(customers, t), d, c, t, buf)).toEqual(life);
          }
        }
      }),
      { numRuns: 300, seed: 20240601 },
    );
  });
});
