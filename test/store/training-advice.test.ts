// Issue 10 §6 through the service: on a short history (250 days of orders) a 90-day training has
// no time windows and no flagged churners, so model.train refuses with the counts and the
// settings that would work — a shorter horizon (checked by training with it) and a flag-looking
// customer attribute (checked by saving it and training on it). A refresh on the same workspace
// still writes its snapshot and lists the skipped churn model with those counts.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SnapshotSummary } from '../../shared/contract/domains/scoring-schemas';
import type { Service } from '../../electron/service/service';
import { importFiles, openService } from '../unit/import/import-support';
import { tempDir } from '../unit/import/helpers';

const tmp = tempDir();
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);
const iso = (day: number): string => new Date(START + day * DAY).toISOString().slice(0, 10);

/** 400 customers: half order every 9 days to the end, half stop on a day spread over the 250. */
function writeHistory(): { orders: string; customers: string; buyers: number } {
  const orders = ['order_id,customer_id,order_date,amount'];
  const customers = ['customer_id,name,lapsed_flag'];
  let id = 0;
  let buyers = 0;
  for (let c = 0; c < 400; c++) {
    const stops = c % 2 === 1 ? Math.floor((c * 37) % 250) : 250;
    if (c % 9 <= stops) buyers++;
    for (let day = c % 9; day <= stops; day += 9) orders.push(`O${++id},C${c},${iso(day)},${(10 + (c % 7) * 3).toFixed(2)}`);
    customers.push(`C${c},Customer ${c},${c % 5 < 2 ? 'yes' : 'no'}`);
  }
  const o = join(tmp.dir, 'orders.csv');
  const k = join(tmp.dir, 'customers.csv');
  writeFileSync(o, `${orders.join('\n')}\n`);
  writeFileSync(k, `${customers.join('\n')}\n`);
  return { orders: o, customers: k, buyers };
}

describe('training on a short history: refusal with counts and working settings', () => {
  let service: Service;
  beforeAll(async () => {
    service = await openService(join(tmp.dir, 'short.churn'));
    const files = writeHistory();
    await importFiles(service, { files: [{ path: files.customers }, { path: files.orders }] });
  });
  afterAll(() => service.close());

  const train = (input: Record<string, unknown>) => service.invoke('model.train', { model: 'logistic', ...input });

  it('refuses a 90-day horizon with the counts, a shorter horizon that trains and a flag column that trains', async () => {
    const refused = await train({ horizonDays: 90, label: 'implicit' });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.reason).toMatch(/^tooFewChurners/);
    const p = refused.error.params ?? {};
    expect(p.needed).toBe(20);
    expect(typeof p.churned).toBe('number');
    expect(typeof p.retained).toBe('number');
    expect(p.horizon).toBe(90);
    expect(p.suggestedHorizon).toBeLessThan(90);
    expect(p.suggestedFlag).toBe('lapsed_flag');

    // The advice is true: the suggested horizon trains on time windows…
    const shorter = await train({ horizonDays: p.suggestedHorizon, label: 'implicit' });
    expect(shorter.ok, shorter.ok ? '' : shorter.error.message).toBe(true);
    if (shorter.ok) expect((shorter.result as { evaluation: string }).evaluation).toBe('time');
    // …and the flag column, saved in the churn definition, trains on a random split.
    const def = await service.invoke('churn.getDefinition', {});
    if (!def.ok) throw new Error(def.error.message);
    const current = def.result as { active: Record<string, unknown> };
    const saved = await service.invoke('churn.saveDefinition', { ...current, kind: 'active', active: { ...current.active, flagAttribute: p.suggestedFlag } });
    expect(saved.ok).toBe(true);
    const flagged = await train({ horizonDays: 90, label: 'active' });
    expect(flagged.ok, flagged.ok ? '' : flagged.error.message).toBe(true);
    if (flagged.ok) expect((flagged.result as { evaluation: string }).evaluation).toBe('random');
  });
});

describe('a refresh that cannot train its first model still writes the snapshot', () => {
  it('lists the skipped churn model with its counts and scores everyone else', async () => {
    const service = await openService(join(tmp.dir, 'refresh.churn'));
    try {
      const files = writeHistory();
      await importFiles(service, { files: [{ path: files.orders }] });
      const r = await service.invoke('snapshot.refresh', {});
      expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
      if (!r.ok) return;
      const s = r.result as SnapshotSummary;
      expect(s.customers).toBe(files.buyers);
      expect(s.modelRunId).toBeNull();
      const skip = s.warnings.find((w) => typeof w !== 'string' && (w.code === 'firstModelFailed' || w.code === 'churnModelSkipped'));
      expect(skip).toBeDefined();
      if (skip && typeof skip !== 'string') {
        expect(typeof skip.params?.churned).toBe('number');
        expect(skip.params?.needed).toBe(20);
      }
      // Everything that could be computed is there: BG/NBD fitted on the 400 buyers.
      expect(s.bgnbd).not.toBeNull();
    } finally {
      service.close();
    }
  });
});
