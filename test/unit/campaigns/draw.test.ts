// The control draw: reproducible from the seed and the audience as a set, different seeds give
// different groups, and every stratum holds round(n × share) controls.
import { describe, expect, it } from 'vitest';
import { drawGroups, planStrata } from '../../../shared/campaigns/draw';

const ids = Array.from({ length: 1000 }, (_, i) => `C${String(i).padStart(5, '0')}`);
const tiers = ['atRisk', 'watch', 'healthy'];
const tierOf = (id: string) => tiers[Number(id.slice(1)) % 7 === 0 ? 0 : Number(id.slice(1)) % 3 === 0 ? 1 : 2] ?? null;

const controls = (members: ReturnType<typeof drawGroups>) =>
  members
    .filter((m) => m.group === 'control')
    .map((m) => m.customerId)
    .sort();

describe('drawGroups', () => {
  it('gives the same groups for the same seed and audience, in any input order', () => {
    const a = drawGroups({ customerIds: ids, controlShare: 0.2, seed: 42 });
    const shuffled = [...ids].reverse();
    const b = drawGroups({ customerIds: shuffled, controlShare: 0.2, seed: 42 });
    expect(b).toEqual(a);
    expect(controls(a)).toHaveLength(200);
  });

  it('gives different groups for different seeds', () => {
    const a = controls(drawGroups({ customerIds: ids, controlShare: 0.2, seed: 1 }));
    const b = controls(drawGroups({ customerIds: ids, controlShare: 0.2, seed: 2 }));
    const overlap = a.filter((id) => b.includes(id)).length;
    expect(a).not.toEqual(b);
    // Two independent 20 % draws share about 20 % of their controls (40 of 200).
    expect(overlap).toBeGreaterThan(15);
    expect(overlap).toBeLessThan(70);
  });

  it('holds the share within every stratum and records the stratum', () => {
    const members = drawGroups({ customerIds: ids, stratumOf: tierOf, controlShare: 0.3, seed: 7 });
    const plan = planStrata({ customerIds: ids, stratumOf: tierOf, controlShare: 0.3 });
    expect(plan.map((p) => p.stratum)).toEqual(['atRisk', 'healthy', 'watch']);
    for (const p of plan) {
      const inStratum = members.filter((m) => m.stratum === p.stratum);
      expect(inStratum).toHaveLength(p.n);
      expect(inStratum.filter((m) => m.group === 'control')).toHaveLength(Math.round(p.n * 0.3));
      expect(p.control).toBe(Math.round(p.n * 0.3));
    }
    expect(members.every((m) => tierOf(m.customerId) === m.stratum)).toBe(true);
  });

  it('does not stratify without a stratum function, drops duplicates and takes no control at share 0', () => {
    const members = drawGroups({ customerIds: [...ids.slice(0, 10), 'C00001'], controlShare: 0, seed: 3 });
    expect(members).toHaveLength(10);
    expect(members.every((m) => m.group === 'treatment' && m.stratum === null)).toBe(true);
    expect(() => drawGroups({ customerIds: ids, controlShare: 1.5, seed: 3 })).toThrow(RangeError);
  });

  it('draws each customer into control about share of the time over many seeds', () => {
    const small = ids.slice(0, 10);
    const hits = new Map<string, number>();
    for (let seed = 0; seed < 2000; seed++) for (const id of controls(drawGroups({ customerIds: small, controlShare: 0.2, seed }))) hits.set(id, (hits.get(id) ?? 0) + 1);
    for (const id of small) {
      const share = (hits.get(id) ?? 0) / 2000;
      expect(share).toBeGreaterThan(0.16);
      expect(share).toBeLessThan(0.24);
    }
  });
});
