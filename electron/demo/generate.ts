// The deterministic demo workspace: a few years of a Chinese B2B/B2C company's customers,
// simulated month by month so that churn has real, observable causes (see hazard.ts). The
// same seed and options always produce the same rows, so demos, screenshots and tests agree.
import { rebuildMartProfiles } from '../store/mart/build-mart';
import { z } from 'zod';
import { AppError } from '../../shared/contract/errors';
import type { Db } from '../store/database';
import { openWorkspace } from '../store/workspace';
import { buildNewWorkspace, bulkJournal } from '../store/new-workspace';
import { DayFormatter, isoDate, simulationMonths, toDay } from './calendar';
import { campaignSeed, launchCampaign, settleDemoCampaign, writeCampaign, type CampaignPlan } from './campaign';
import type { MonthContext } from './events';
import { marketEvents, marketHistory } from './market';
import { createPopulation, type DemoCustomer } from './population';
import { withIndexesDeferred } from './bulk-load';
import { Rng } from './rng';
import { simulateMonth } from './simulate';
import { createWriter, type DemoWriter, type RowCounts } from './writer';

export const DEFAULT_DEMO_SEED = 20240601;
const FILLED_TABLES = ['customers', 'orders', 'activities', 'tickets', 'surveys', 'market_signals', 'campaigns', 'actions'];
const GENERATOR_VERSION = 'churn-cockpit-demo/1';

export interface DemoOptions {
  seed?: number;
  customers?: number;
  /** Last day of data (YYYY-MM-DD). */
  endDate?: string;
  /** Calendar months of history ending with the month of endDate. */
  months?: number;
}

export type DemoProgress = (done: number, total: number) => void;

const DemoOptionsSchema = z.object({
  seed: z.number().int().default(DEFAULT_DEMO_SEED),
  customers: z.number().int().min(10).max(2_000_000).default(5_000),
  endDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .default('2026-10-31'),
  months: z.number().int().min(24).max(240).default(28),
});

export interface DemoSummary {
  seed: number;
  customers: number;
  months: number;
  startDate: string;
  endDate: string;
  rows: RowCounts;
  /** Customers who stopped buying within the range (implicit or explicit churn). */
  churned: number;
  /** Of those, customers recorded as cancelled (status 'cancelled' with a reason). */
  cancelled: number;
  campaign: { id: string; treatment: number; control: number };
}

/** Fills an empty, migrated workspace in one transaction; nothing is written if it throws. */
export function generateDemo(db: Db, options: DemoOptions = {}, onProgress?: DemoProgress): DemoSummary {
  const parsed = DemoOptionsSchema.safeParse(options);
  if (!parsed.success) throw new AppError('INVALID_INPUT', `invalid demo options: ${parsed.error.message}`);
  const opts = parsed.data;
  try {
    toDay(opts.endDate);
  } catch {
    throw new AppError('INVALID_INPUT', `invalid demo end date: ${opts.endDate}`);
  }
  const { n } = db.prepare(`SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM orders) AS n`).get() as { n: number };
  if (n > 0) throw new AppError('INVALID_INPUT', 'demo data can only be generated into an empty workspace');

  // Progress: one step per simulated month, one for writing customers, one for the indexes.
  const total = opts.months + 2;
  return db.transaction(() => {
    const summary = withIndexesDeferred(db, FILLED_TABLES, () => simulate(db, opts, (done) => onProgress?.(done, total)));
    settleDemoCampaign(db, summary.campaign.id);
    onProgress?.(total, total);
    return summary;
  })();
}

function simulate(db: Db, opts: z.output<typeof DemoOptionsSchema>, stepDone: (done: number) => void): DemoSummary {
  const root = Rng.fromSeed(opts.seed);
  const populationRng = root.split();
  const marketRng = root.split();
  const eventRng = root.split();

  const calendar = simulationMonths(opts.endDate, opts.months);
  const events = marketEvents(opts.months);
  const market = marketHistory(calendar, events, marketRng);
  const customers = createPopulation(opts.customers, calendar, market, populationRng);
  const out = createWriter(db);
  const days = new DayFormatter();
  const endDay = toDay(opts.endDate);
  const ids = { order: 0, ticket: 0 };
  let plan: CampaignPlan | null = null;

  for (const month of calendar) {
    const next = calendar[month.index + 1];
    if (month.index === events.campaign && next) plan = launchCampaign(customers, month, next, campaignSeed(opts.seed));
    const marketMonth = market[month.index];
    if (!marketMonth) throw new Error(`no market conditions for ${month.key}`);
    ids.order = 0;
    const ctx: MonthContext = { rng: eventRng, out, days, month, market: marketMonth, endDay, ids };
    for (const customer of customers) simulateMonth(ctx, customer);
    stepDone(month.index + 1);
  }
  if (!plan) throw new Error('the demo range is too short for its retention campaign');

  for (const customer of customers) writeCustomer(out, customer);
  writeCampaign(out, plan);
  out.flush();
  const summary: DemoSummary = {
    seed: opts.seed,
    customers: opts.customers,
    months: opts.months,
    startDate: isoDate(calendar[0]?.firstDay ?? endDay),
    endDate: opts.endDate,
    rows: out.counts(),
    churned: customers.filter((c) => c.churnDay !== null).length,
    cancelled: customers.filter((c) => c.cancelDay !== null).length,
    campaign: {
      id: plan.id,
      treatment: plan.members.filter((m) => m.group === 'treatment').length,
      control: plan.members.filter((m) => m.group === 'control').length,
    },
  };
  recordProvenance(db, summary);
  stepDone(calendar.length + 1);
  return summary;
}

function writeCustomer(out: DemoWriter, c: DemoCustomer): void {
  const cancelled = c.cancelDay !== null;
  out.customer({
    id: c.id,
    name: c.name,
    region: c.region,
    city: c.city,
    industry: c.industry,
    segment: c.segment,
    owner: c.owner,
    signupDate: isoDate(c.signupDay),
    contractEnd: c.contractEnd === null ? null : isoDate(c.contractEnd),
    status: cancelled ? 'cancelled' : 'active',
    cancelDate: c.cancelDay === null ? null : isoDate(c.cancelDay),
    cancelReason: c.cancelReason,
    attributes: JSON.stringify({
      customer_type: c.business ? '企业' : '个人',
      ...(cancelled && c.churnReason ? { reason_type: c.churnReason } : {}),
    }),
  });
}

function recordProvenance(db: Db, summary: DemoSummary): void {
  const setMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  setMeta.run('demo_seed', String(summary.seed));
  setMeta.run(
    'demo_generated_with',
    JSON.stringify({
      generator: GENERATOR_VERSION,
      customers: summary.customers,
      months: summary.months,
      start_date: summary.startDate,
      end_date: summary.endDate,
    }),
  );
  const counts: number[] = Object.values<number>({ ...summary.rows });
  const rows = counts.reduce((a, b) => a + b, 0);
  db.prepare(
    `INSERT INTO imports (source_file, source_sheet, imported_at, mode, rows_read, rows_imported, rows_rejected, summary)
     VALUES (?, NULL, ?, 'demo', ?, ?, 0, ?)`,
  ).run(`demo:${GENERATOR_VERSION}:seed=${summary.seed}`, new Date().toISOString().slice(0, 19).replace('T', ' '), rows, rows, JSON.stringify(summary.rows));
}

/**
 * Creates a new workspace at `path` holding the demo data, built under a temporary name and
 * renamed into place only when complete (new-workspace.ts), with a rollback journal while the
 * rows are written.
 */
export async function createDemoWorkspace(path: string, options: DemoOptions & { onProgress?: DemoProgress } = {}): Promise<DemoSummary> {
  return buildNewWorkspace(path, 'demo workspace', async (temp) => {
    const workspace = await openWorkspace(temp);
    try {
      const backToWal = bulkJournal(workspace.db);
      const summary = generateDemo(workspace.db, options, options.onProgress);
      // The Customers grid reads the customer mart: list the demo's customers before any refresh.
      rebuildMartProfiles(workspace.db);
      backToWal();
      return summary;
    } finally {
      workspace.close();
    }
  });
}
