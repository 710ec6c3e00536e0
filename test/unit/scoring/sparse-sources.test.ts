// Sparse sources (issue 10 §5): which sources a snapshot has data from, and how the health
// score leaves the indicators of an absent source out — never scoring them 100 — with the
// remaining weights renormalised per customer.
import { describe, expect, it } from 'vitest';
import { computeHealth } from '../../../shared/scoring/health';
import { defaultHealthConfig, type HealthConfig } from '../../../shared/scoring/health-config';
import { computeFeatures, FEATURE_COUNT } from '../../../shared/scoring/features';
import { featureIds } from '../../../shared/scoring/feature-catalog';
import { EventBuilder } from '../../../shared/scoring/events';
import { absentSources, featureHasData, noDataIndicators, sourceCoverage } from '../../../shared/scoring/source-coverage';
import { dayOf } from '../../../shared/scoring/days';
import { effectiveShares, groupShares } from '../../../renderer/features/health/health-draft';
import { handHistory } from '../../support/hand-history';
import type { EventHistory } from '../../../shared/scoring/history';

const rule = { minCustomerShare: 0.02, windowDays: 365 };
const T = '2024-06-30';

/** 100 customers who all bought on two days; `tickets` of them opened one ticket on `ticketDay`. */
function history(tickets: number, ticketDay = '2024-06-01'): EventHistory {
  const h = handHistory(
    Array.from({ length: 100 }, (_, i) => ({ signup: '2023-01-01', orders: [i % 2 ? '2024-01-10' : '2023-06-01', `2024-0${1 + (i % 6)}-15`] })),
    T,
  );
  const b = new EventBuilder(4);
  for (let c = 0; c < tickets; c++) b.push(c, dayOf(ticketDay), 1, 0, 5, NaN);
  return { ...h, tickets: b.build(100) };
}

const rowsOf = (h: EventHistory) => Int32Array.from(h.customers.ids.keys());

describe('source coverage', () => {
  it('an order-only history has orders present and every other source absent', () => {
    const h = history(0);
    const coverage = sourceCoverage(h, rowsOf(h), dayOf(T), rule);
    expect(coverage.map((c) => [c.source, c.customers, c.present])).toEqual([
      ['orders', 100, true],
      ['activities', 0, false],
      ['tickets', 0, false],
      ['surveys', 0, false],
      ['signals', 0, false],
    ]);
  });

  it('needs the configured share of customers: 1 of 100 is below 2 %, 2 of 100 reaches it', () => {
    const tickets = (n: number) => sourceCoverage(history(n), rowsOf(history(n)), dayOf(T), rule).find((c) => c.source === 'tickets')!;
    expect(tickets(1)).toMatchObject({ customers: 1, share: 0.01, present: false });
    expect(tickets(2)).toMatchObject({ customers: 2, share: 0.02, present: true });
  });

  it('needs a row within the window: tickets all older than 365 days are absent', () => {
    const h = history(50, '2023-05-01');
    const tickets = sourceCoverage(h, rowsOf(h), dayOf(T), rule).find((c) => c.source === 'tickets')!;
    expect(tickets).toMatchObject({ customers: 50, rowsInWindow: 0, present: false });
    expect(sourceCoverage(h, rowsOf(h), dayOf(T), { ...rule, windowDays: 500 }).find((c) => c.source === 'tickets')!.present).toBe(true);
  });

  it('satisfaction has data when either surveys or tickets are present', () => {
    expect(featureHasData('satisfaction_avg', new Set(['surveys']))).toBe(true);
    expect(featureHasData('satisfaction_avg', new Set(['surveys', 'tickets']))).toBe(false);
    expect(featureHasData('tenure_days', new Set(['orders', 'activities', 'tickets', 'surveys', 'signals']))).toBe(true);
  });
});

describe('health with absent sources', () => {
  const h = history(0);
  const frame = computeFeatures(h, dayOf(T));
  const absent = absentSources(sourceCoverage(h, frame.rows, dayOf(T), rule));
  const noData = noDataIndicators(defaultHealthConfig, absent);
  const ids = new Set(noData.map((x) => x.indicator));

  it('marks every indicator of the missing sources "no data", naming the sources', () => {
    expect(noData).toEqual([
      { indicator: 'reply_time', sources: ['tickets'] },
      { indicator: 'satisfaction', sources: ['surveys', 'tickets'] },
      { indicator: 'active_days', sources: ['activities'] },
      { indicator: 'page_views', sources: ['activities'] },
      { indicator: 'competitor_attention', sources: ['signals'] },
      { indicator: 'complaint_count', sources: ['tickets'] },
      { indicator: 'complaint_severity', sources: ['tickets'] },
    ]);
  });

  it('a missing source never scores 100: without the rule competition and complaints score 100 for everyone', () => {
    const n = frame.rows.length;
    const naive = computeHealth(defaultHealthConfig, frame.values, n, FEATURE_COUNT);
    const G = naive.groups.length;
    const competition = naive.groups.indexOf('competition');
    const complaints = naive.groups.indexOf('complaints');
    // What the issue reported: zero counts read as "no complaints".
    expect(naive.groupScore[competition]).toBe(100);
    expect(naive.groupScore[complaints]).toBe(100);

    const fixed = computeHealth(defaultHealthConfig, frame.values, n, FEATURE_COUNT, new Uint8Array(n).fill(1), ids);
    const I = fixed.indicators.length;
    for (let r = 0; r < n; r++) {
      for (let k = 0; k < I; k++) if (ids.has(fixed.indicators[k]!)) expect(fixed.indicatorScore[r * I + k]).toBeNaN();
      let weights = 0;
      let points = 0;
      for (let g = 0; g < G; g++) {
        const w = fixed.groupWeight[r * G + g]!;
        weights += w;
        if (w > 0) points += w * fixed.groupScore[r * G + g]!;
        // Only the purchase group has data: every other group has no score and no weight.
        if (fixed.groups[g] !== 'purchase') {
          expect(fixed.groupScore[r * G + g]).toBeNaN();
          expect(w).toBe(0);
        }
      }
      expect(weights).toBeCloseTo(1, 12);
      expect(fixed.score[r]).toBeCloseTo(points, 9);
    }
  });

  it('renormalises within the group per customer: the purchase score is the weighted mean of the indicators that customer has', () => {
    const config: HealthConfig = {
      groups: [
        { id: 'purchase', weight: 35 },
        { id: 'complaints', weight: 10 },
      ],
      indicators: [
        { id: 'recency', feature: 'recency_days', group: 'purchase', direction: 'lowerIsBetter', weight: 30, scoring: { method: 'linear', low: 0, high: 100 } },
        { id: 'cycle', feature: 'overdue_ratio', group: 'purchase', direction: 'lowerIsBetter', weight: 50, scoring: { method: 'linear', low: 0, high: 4 } },
        {
          id: 'complaint_count',
          feature: 'complaints_90d',
          group: 'complaints',
          direction: 'lowerIsBetter',
          weight: 1,
          scoring: { method: 'bands', bands: [{ upTo: 0, score: 100 }], otherwise: 0 },
        },
      ],
      tiers: { healthy: 70, watch: 40 },
    };
    const at = (id: string) => featureIds.indexOf(id as (typeof featureIds)[number]);
    const values = new Float64Array(2 * FEATURE_COUNT).fill(NaN);
    // Row 0: recency 20 (score 80), overdue 1 (score 75). Row 1: recency 60 (40), no cycle (one order day).
    values[at('recency_days')] = 20;
    values[at('overdue_ratio')] = 1;
    values[FEATURE_COUNT + at('recency_days')] = 60;
    values[at('complaints_90d')] = 0;
    values[FEATURE_COUNT + at('complaints_90d')] = 0;
    const result = computeHealth(config, values, 2, FEATURE_COUNT, Uint8Array.of(1, 1), new Set(['complaint_count']));
    expect(result.score[0]).toBeCloseTo((30 * 80 + 50 * 75) / 80, 9);
    expect(result.score[1]).toBeCloseTo(40, 9);
    // The same rows with complaints counted would be lifted by a 100 in a second group.
    const counted = computeHealth(config, values, 2, FEATURE_COUNT, Uint8Array.of(1, 1));
    expect(counted.score[1]).toBeCloseTo((35 * 40 + 10 * 100) / 45, 9);
  });

  it("the editor's shares leave the same indicators out and still sum to 1", () => {
    const groups = groupShares(defaultHealthConfig, ids);
    expect(groups.get('purchase')).toBe(1);
    expect(groups.get('complaints')).toBe(0);
    const shares = effectiveShares(defaultHealthConfig, ids);
    expect([...shares.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(shares.get('complaint_count')).toBe(0);
    expect(shares.get('recency')).toBeCloseTo(30 / 100, 12);
    // With every source present the shares are the configuration's own.
    expect([...effectiveShares(defaultHealthConfig).values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(groupShares(defaultHealthConfig).get('complaints')).toBeCloseTo(10 / 100, 12);
  });
});
