// analysis.*: churn rate by month and dimension, cohort retention, Kaplan–Meier survival
// with an sBG projection, all from the configured churn definition's spells.
import { AppError } from '../../../shared/contract/errors';
import { spells, type LabelKind, type Spell } from '../../../shared/scoring/churn';
import type { ChurnDefinition } from '../../../shared/scoring/churn-definition';
import { isoOfDay, monthOfDay } from '../../../shared/scoring/days';
import { startDay } from '../../../shared/scoring/features';
import type { EventHistory } from '../../../shared/scoring/history';
import { cohortCounts, monthlyCounts } from '../../../shared/scoring/rates';
import { churnRate, lastCompleteMonths } from '../../../shared/metrics/months';
import { kaplanMeierByGroup, survivalAt } from '../../../shared/models/kaplan-meier';
import { fitSbg, sbgSurvival } from '../../../shared/models/sbg';
import type { Db } from '../../store/database';
import { loadHistory } from '../../store/scoring/history-load';
import { scoringDataDay } from '../../store/scoring/data-date';
import { getChurnDefinition } from '../../store/scoring/settings';
import { getSnapshotRow } from '../../store/scoring/snapshot-read';

const SNAPSHOT_DIMENSIONS = { 'snapshot:tier': 'tier', 'snapshot:rfm_segment': 'rfm_segment', 'snapshot:value_tier': 'value_tier', 'snapshot:value_risk': 'value_risk' } as const;
const LABELS: Record<string, [string, string]> = {
  'cat:region': ['Region', '区域'],
  'cat:city': ['City', '城市'],
  'cat:industry': ['Industry', '行业'],
  'cat:segment': ['Segment', '客户分群'],
  'cat:owner': ['Account manager', '客户经理'],
  'snapshot:tier': ['Health tier', '健康等级'],
  'snapshot:rfm_segment': ['RFM segment', 'RFM 分群'],
  'snapshot:value_tier': ['Value tier', '价值等级'],
  'snapshot:value_risk': ['Value × risk', '价值×风险'],
};

interface Loaded {
  history: EventHistory;
  def: ChurnDefinition;
  label: LabelKind;
  limit: number;
}

function load(db: Db, label?: LabelKind): Loaded | null {
  const def = getChurnDefinition(db);
  const limit = scoringDataDay(db);
  if (Number.isNaN(limit)) return null;
  const churnOnly = { activities: def.implicit.basis !== 'orders' };
  return { history: loadHistory(db, limit, { flagAttribute: def.active.flagAttribute, churnOnly }), def, label: label ?? def.kind, limit };
}

export function listDimensions(db: Db) {
  const def = getChurnDefinition(db);
  const limit = scoringDataDay(db);
  const keys = Number.isNaN(limit) ? [] : [...loadHistory(db, limit, { flagAttribute: def.active.flagAttribute, churnOnly: { activities: false } }).customers.categorical.keys()];
  const dims = [...keys, ...Object.keys(SNAPSHOT_DIMENSIONS)].map((id) => {
    const [en, zh] = LABELS[id] ?? [id.replace(/^attr:/, ''), id.replace(/^attr:/, '')];
    return { id, en, zh, source: id.startsWith('cat:') ? ('customer' as const) : id.startsWith('attr:') ? ('attribute' as const) : ('snapshot' as const) };
  });
  return { dimensions: dims };
}

/** Group of every history customer; the id must be a known dimension (whitelist). */
function groupsOf(db: Db, h: EventHistory, dimension: string | undefined): string[] {
  const n = h.customers.ids.length;
  if (!dimension) return new Array<string>(n).fill('all');
  const cat = h.customers.categorical.get(dimension);
  if (cat) return cat.map((v) => v ?? '(blank)');
  if (dimension in SNAPSHOT_DIMENSIONS) {
    const column = SNAPSHOT_DIMENSIONS[dimension as keyof typeof SNAPSHOT_DIMENSIONS];
    const snapshot = getSnapshotRow(db);
    if (!snapshot) throw new AppError('INVALID_INPUT', `${dimension}: refresh a snapshot first`);
    const byId = new Map<string, string>();
    for (const row of db.prepare(`SELECT customer_id, ${column} FROM customer_scores WHERE snapshot_id = ?`).raw(true).iterate(snapshot.snapshot_id)) {
      const [id, v] = row as [string, string | null];
      byId.set(id, v ?? '(blank)');
    }
    return h.customers.ids.map((id) => byId.get(id) ?? '(not scored)');
  }
  throw new AppError('INVALID_INPUT', `unknown dimension: ${dimension} (see analysis.dimensions)`);
}

function allSpells(l: Loaded): Spell[][] {
  const buf: number[] = [];
  return l.history.customers.ids.map((_, c) => spells(l.history, l.def, l.label, c, l.limit, buf));
}

export function churnByDimension(db: Db, input: { dimension?: string; months: number; label?: LabelKind }) {
  const l = load(db, input.label);
  if (!l) return { dataDate: null, label: input.label ?? getChurnDefinition(db).kind, points: [], totals: [] };
  const groups = groupsOf(db, l.history, input.dimension);
  const counts = monthlyCounts(allSpells(l), groups, lastCompleteMonths(isoOfDay(l.limit), input.months));
  const totals = new Map<string, { activeAtStart: number; churned: number }>();
  for (const c of counts) {
    const t = totals.get(c.group) ?? { activeAtStart: 0, churned: 0 };
    t.activeAtStart += c.activeAtStart;
    t.churned += c.churned;
    totals.set(c.group, t);
  }
  return {
    dataDate: isoOfDay(l.limit),
    label: l.label,
    points: counts.map((c) => ({ ...c, rate: churnRate(c.activeAtStart, c.churned) })),
    totals: [...totals].map(([group, t]) => ({ group, ...t, rate: churnRate(t.activeAtStart, t.churned) })),
  };
}

export function cohorts(db: Db, input: { basis: 'signup' | 'firstOrder'; cohorts: number; label?: LabelKind }) {
  const l = load(db, input.label);
  if (!l) return { dataDate: null, label: input.label ?? getChurnDefinition(db).kind, rows: [] };
  const h = l.history;
  const starts = Float64Array.from(h.customers.ids, (_, c) => {
    if (input.basis === 'signup') return h.customers.signupDay[c]!;
    const o = h.orders.offsets;
    return o[c + 1]! > o[c]! ? h.orders.day[o[c]!]! : NaN;
  });
  const months = lastCompleteMonths(isoOfDay(l.limit), input.cohorts).map((m) => m.month);
  const lastMonth = monthOfDay(l.limit);
  if (!months.includes(lastMonth)) months.push(lastMonth);
  const rows = cohortCounts(allSpells(l), starts, months, months.length, l.limit);
  return {
    dataDate: isoOfDay(l.limit),
    label: l.label,
    rows: rows.map((r) => ({ ...r, cells: r.active.map((a) => (a === null || r.size === 0 ? null : a / r.size)) })),
  };
}

const PERIOD_DAYS = 30;

export function survival(db: Db, input: { dimension?: string; label?: LabelKind; maxGroups: number; projectionPeriods: number }) {
  const l = load(db, input.label);
  if (!l) return { dataDate: null, label: input.label ?? getChurnDefinition(db).kind, curves: [], sbg: null };
  const h = l.history;
  const groups = groupsOf(db, h, input.dimension);
  const all = allSpells(l);
  const times: number[] = [];
  const events: number[] = [];
  const keys: string[] = [];
  const contractual: number[] = [];
  all.forEach((s, c) => {
    const first = s[0];
    if (!first) return;
    const start = l.label === 'active' ? startDay(h, c) : first.start;
    const ended = Number.isFinite(first.end);
    times.push(Math.max(0, (ended ? first.end : l.limit) - start));
    events.push(ended ? 1 : 0);
    keys.push(groups[c]!);
    if (Number.isFinite(h.customers.contractEndDay[c])) contractual.push(times.length - 1);
  });
  const sizes = new Map<string, number>();
  for (const k of keys) sizes.set(k, (sizes.get(k) ?? 0) + 1);
  const kept = new Set([...sizes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, input.maxGroups).map(([k]) => k));
  const curves = [...kaplanMeierByGroup(times, events, keys.map((k) => (kept.has(k) ? k : '(other)')))]
    .sort((a, b) => b[1].n - a[1].n)
    .map(([group, km]) => {
      const step = Math.max(1, Math.ceil(km.points.length / 200));
      return {
        group,
        n: km.n,
        events: km.events,
        medianDays: km.median,
        points: km.points.filter((_, i) => i % step === 0 || i === km.points.length - 1).map((p) => ({ time: p.time, nRisk: p.nRisk, survival: p.survival, lower: p.lower, upper: p.upper })),
      };
    });
  return { dataDate: isoOfDay(l.limit), label: l.label, curves, sbg: sbgProjection(times, events, contractual, input.projectionPeriods) };
}

/**
 * sBG for contractual customers (those with a contract end): their Kaplan–Meier curve read
 * at 30-day periods (which handles staggered start dates) becomes the survivors series
 * the model is fitted to, then projected.
 */
function sbgProjection(times: number[], events: number[], rows: number[], periods: number) {
  if (rows.length < 30) return null;
  const km = kaplanMeierByGroup(rows.map((i) => times[i]!), rows.map((i) => events[i]!), rows.map(() => 'c')).get('c');
  if (!km) return null;
  const maxPeriod = Math.floor(Math.max(...km.points.map((p) => p.time)) / PERIOD_DAYS);
  if (maxPeriod < 2) return null;
  const observed = Array.from({ length: maxPeriod + 1 }, (_, t) => survivalAt(km, t * PERIOD_DAYS));
  const survivors = observed.map((s) => s * rows.length);
  for (let t = 1; t < survivors.length; t++) survivors[t] = Math.min(survivors[t]!, survivors[t - 1]!);
  const fit = fitSbg(survivors);
  return {
    customers: rows.length,
    alpha: fit.params.alpha,
    beta: fit.params.beta,
    periodDays: PERIOD_DAYS,
    observed,
    projected: [...sbgSurvival(fit.params, Math.max(periods, maxPeriod))],
  };
}
