// A real, public randomized experiment analysed as a campaign: Bertrand & Mullainathan (2004),
// "Are Emily and Greg More Employable Than Lakisha and Jamal?" (AER 94(4)), 4,870 resumes with
// a randomly assigned White- or African-American-sounding name, outcome = callback — the data as
// Debian's r-cran-aer ships it (test/fixtures/experiments/resume-names/PROVENANCE.md). The outcome
// file goes through the service's campaign.importOutcomes on a fresh workspace (the file's groups
// create the campaign), and campaign.effect reproduces the paper's Table 1 to its printed
// precision — rates 9.65 % vs 6.45 % on 2,435 resumes each, difference 3.20 points, and per city
// (each city's rows imported as their own campaign) — with Newcombe's and Wald's intervals equal
// to statsmodels' (reference.json, computed once with /usr/bin/python3). The CLI's
// `campaign import-outcomes` and `campaign effect --json` print the same.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../electron/service/service';
import { openWorkspace } from '../../electron/store/workspace';
import type { CampaignEffect } from '../../shared/contract/domains/campaigns';
import { detectableEffect } from '../../shared/uplift/detectable-effect';
import { existsSync } from 'node:fs';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';

const FIXTURE = join(__dirname, '..', 'fixtures', 'experiments', 'resume-names');

interface ReferenceCase {
  key: string | null;
  treatment: { n: number; successes: number };
  control: { n: number; successes: number };
  uplift: number;
  newcombe: [number, number];
  wald: [number, number];
  z: number;
  p: number;
}
const reference = JSON.parse(readFileSync(join(FIXTURE, 'reference.json'), 'utf8')) as { overall: ReferenceCase; byOwner: ReferenceCase[] };

/** Table 1 (p. 997) as printed: percent callback to two decimals, resumes, difference in points, p to four decimals. */
const PUBLISHED = {
  all: { white: '9.65', black: '6.45', n: [2435, 2435], difference: '3.20', p: '0.0000' },
  Chicago: { white: '8.06', black: '5.40', n: [1352, 1352], difference: '2.66', p: '0.0057' },
  Boston: { white: '11.63', black: '7.76', n: [1083, 1083], p: '0.0023' },
} as const;

const percent = (rate: number | null | undefined) => (100 * (rate ?? NaN)).toFixed(2);

describe('Bertrand & Mullainathan (2004) imported as an outcome file', () => {
  const t = tempDir();
  let service: Service;
  const effects = new Map<string, CampaignEffect>();

  const ok = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await service.invoke(name, input);
    if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message} ${JSON.stringify(r.error.params)}`);
    return r.result as T;
  };

  beforeAll(async () => {
    const path = join(t.dir, 'experiment.churn');
    (await openWorkspace(path, { create: true })).close();
    service = createService();
    await ok('workspace.open', { path });
    const file = join(FIXTURE, 'outcomes.csv');
    const imports: [string, string][] = [['all', file]];
    // Each city's resumes as their own file: Table 1's city rows through the same import.
    const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split(/\r?\n/);
    const owner = (header ?? '').split(',').indexOf('owner');
    mkdirSync(join(t.dir, 'cities'));
    for (const city of ['Boston', 'Chicago']) {
      const cityFile = join(t.dir, 'cities', `${city}.csv`);
      writeFileSync(cityFile, [header, ...lines.filter((l) => l.split(',')[owner] === city)].join('\n') + '\n');
      imports.push([city, cityFile]);
    }
    for (const [key, path] of imports) {
      const out = await ok<{ campaign: { id: string }; created: boolean; rows: number; imported: number; rejected: number }>('campaign.importOutcomes', {
        path,
        name: `ResumeNames ${key}`,
      });
      expect(out.created).toBe(true);
      expect(out.rejected).toBe(0);
      expect(out.imported).toBe(out.rows);
      effects.set(key, await ok<CampaignEffect>('campaign.effect', { id: out.campaign.id }));
    }
  }, 120_000);
  afterAll(() => {
    service.close();
    t.cleanup();
  });

  const effect = (key: string): CampaignEffect => {
    const found = effects.get(key);
    if (!found) throw new Error(`no effect for ${key}`);
    return found;
  };

  it('imports all 4,870 resumes into two groups of 2,435, every outcome measured', () => {
    const e = effect('all');
    expect(e.drawn).toMatchObject({ treatment: 2435, control: 2435 });
    expect([e.treatment.n, e.control.n]).toEqual([2435, 2435]);
    expect(e.metric).toBe('recorded');
    expect(e.problem).toBeNull();
  });

  it('reproduces Table 1’s callback rates, difference and p-value to their printed precision', () => {
    for (const [key, published] of Object.entries(PUBLISHED)) {
      const e = effect(key);
      expect([key, e.treatment.n, e.control.n]).toEqual([key, ...published.n]);
      expect([key, percent(e.treatment.rate), percent(e.control.rate)]).toEqual([key, published.white, published.black]);
      if ('difference' in published) expect([key, percent(e.uplift)]).toEqual([key, published.difference]);
      expect([key, (e.pValue ?? NaN).toFixed(4)]).toEqual([key, published.p]);
    }
    // "White names receive 50 percent more callbacks" (the abstract; Table 1's ratio 1.50).
    const all = effect('all');
    expect(((all.treatment.rate ?? NaN) / (all.control.rate ?? NaN)).toFixed(2)).toBe('1.50');
  });

  it('gives the uplift with Newcombe’s and Wald’s intervals and the z test equal to statsmodels', () => {
    const cases: [string, ReferenceCase][] = [['all', reference.overall], ...reference.byOwner.map((r): [string, ReferenceCase] => [r.key ?? '', r])];
    for (const [key, ref] of cases) {
      const e = effect(key);
      expect([key, e.treatment.successes, e.control.successes]).toEqual([key, ref.treatment.successes, ref.control.successes]);
      expect(e.uplift).toBeCloseTo(ref.uplift, 12);
      expect(Math.abs((e.newcombe?.lower ?? NaN) - ref.newcombe[0])).toBeLessThan(1e-9);
      expect(Math.abs((e.newcombe?.upper ?? NaN) - ref.newcombe[1])).toBeLessThan(1e-9);
      expect(Math.abs((e.wald?.lower ?? NaN) - ref.wald[0])).toBeLessThan(1e-9);
      expect(Math.abs((e.wald?.upper ?? NaN) - ref.wald[1])).toBeLessThan(1e-9);
      expect(Math.abs((e.z ?? NaN) - ref.z)).toBeLessThan(1e-9);
      expect(Math.abs((e.pValue ?? NaN) - ref.p)).toBeLessThan(1e-9);
    }
    // The difference is significant and its interval excludes zero, as the paper reports.
    expect(effect('all').newcombe?.lower).toBeGreaterThan(0);
  });

  it('records what the file does not say as unknown: no drawn share to check, no cost, no ROI', () => {
    const e = effect('all');
    // The file's groups are the experiment's; no control share was drawn here, so no χ² check.
    expect(e.drawn.controlShare).toBeNull();
    expect(e.srm).toBeNull();
    expect([e.cost, e.roi, e.savedValue]).toEqual([null, null, null]);
    // The smallest difference these sizes detect at power 80 %, α 5 %, from the control's rate.
    expect(e.mde).toBeCloseTo(detectableEffect({ treated: 2435, control: 2435, baseline: 157 / 2435 }).uplift ?? NaN, 12);
    expect(e.mde).toBeLessThan(e.uplift ?? 0);
  });
});

describe('the same experiment through the command line', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it('campaign import-outcomes then campaign effect --json print Table 1’s rates and statsmodels’ interval', () => {
    const path = join(t.dir, 'cli.churn');
    // No workspace yet: the outcome file of an external experiment is the first thing it holds.
    expect(existsSync(path)).toBe(false);
    const imported = runCli(['campaign', 'import-outcomes', path, join(FIXTURE, 'outcomes.csv'), '--name', 'Bertrand & Mullainathan 2004', '--json']);
    expect([imported.code, imported.stderr]).toEqual([0, '']);
    const { campaign } = JSON.parse(imported.stdout) as { campaign: { id: string; groups: { treatment: number; control: number } } };
    expect(campaign.groups).toEqual({ treatment: 2435, control: 2435 });
    const printed = runCli(['campaign', 'effect', path, campaign.id, '--json']);
    expect(printed.code).toBe(0);
    const e = JSON.parse(printed.stdout) as CampaignEffect;
    expect([percent(e.treatment.rate), percent(e.control.rate), percent(e.uplift)]).toEqual([PUBLISHED.all.white, PUBLISHED.all.black, PUBLISHED.all.difference]);
    expect(Math.abs((e.newcombe?.lower ?? NaN) - reference.overall.newcombe[0])).toBeLessThan(1e-9);
    expect(Math.abs((e.newcombe?.upper ?? NaN) - reference.overall.newcombe[1])).toBeLessThan(1e-9);
  });
});
