// analysis.*: churn rate by month and dimension, cohort retention, Kaplan–Meier survival
// with an sBG projection, all from the configured churn definition's spells. Dimensions are
// catalog fields of the customer mart; churn rates read the refresh's stored spells when they
// were computed with the definition asked for, and the event history otherwise.
import { AppError } from '../../../shared/contract/errors';
import { spells, type LabelKind, type Spell } from '../../../shared/scoring/churn';
import { SpellFinder } from '../../../shared/scoring/lifecycle';
import { ChurnDefinitionSchema, type ChurnDefinition } from '../../../shared/scoring/churn-definition';
import { attributeFieldId, type FieldDef } from '../../../shared/catalog';
import { martState } from '../../store/analytics/mart-state';
import { workspaceCatalog } from '../../store/analytics/workspace-catalog';
import { martGroups, spellPopulation } from '../../store/analytics/spells-by-group';
import { dayOf, isoOfDay, monthOfDay } from '../../../shared/scoring/days';
import { startDay } from '../../../shared/scoring/features';
import { firstPurchaseDay, type EventHistory } from '../../../shared/scoring/history';
import { cohortCounts, monthlyCounts, type MonthCount } from '../../../shared/scoring/rates';
import { churnRate, lastCompleteMonths } from '../../../shared/metrics/months';
import { kaplanMeierByGroup, survivalAt } from '../../../shared/models/kaplan-meier';
import { fitSbg, sbgSurvival } from '../../../shared/models/sbg';
import type { Db } from '../../store/database';
import { loadHistory } from '../../store/scoring/history-load';
import { scoringDataDay } from '../../store/scoring/data-date';
import { getChurnDefinition } from '../../store/scoring/settings';

/** Dimension ids of the old API (cat:region, snapshot:tier, attr:name) → catalog field ids. */
function fieldIdOf(dimension: string): string {
  if (dimension.startsWith('cat:') || dimension.startsWith('snapshot:')) return dimension.slice(dimension.indexOf(':') + 1);
  if (dimension.startsWith('attr:')) return attributeFieldId(dimension.slice(5));
  return dimension;
}

/** Catalog fields a churn rate or a survival curve can be split by: categories of the customer mart. */
function isDimension(f: FieldDef): boolean {
  return f.source === 'customer' && !f.membership && (f.type === 'enum' || f.type === 'text') && f.id !== 'customer_id' && f.id !== 'name' && f.id !== 'cancel_reason';
}

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
  const dims = workspaceCatalog(db)
    .fields.filter(isDimension)
    .map((f) => ({
      id: f.id,
      labelKey: f.labelKey,
      ...(f.rawLabel !== undefined ? { rawLabel: f.rawLabel } : {}),
      source: f.attributeKey !== undefined ? ('attribute' as const) : f.group === 'profile' ? ('customer' as const) : ('snapshot' as const),
    }));
  return { dimensions: dims };
}

/** A catalog dimension of the customer mart for an analysis input (old or new id), or an error. */
function dimensionField(db: Db, dimension: string): FieldDef {
  const field = workspaceCatalog(db).field('customer', fieldIdOf(dimension));
  if (!field || !isDimension(field))
    throw new AppError('INVALID_INPUT', `unknown dimension: ${dimension} (see analysis.dimensions)`, { reason: 'unknownDimension', params: { dimension } });
  return field;
}

/** Group of every history customer: a profile column as loaded with the history, else the customer mart's value. */
function groupsOf(db: Db, h: EventHistory, dimension: string | undefined): string[] {
  if (!dimension) return new Array<string>(h.customers.ids.length).fill('all');
  const field = dimensionField(db, dimension);
  const loaded = h.customers.categorical.get(`cat:${field.id}`);
  if (loaded) return loaded.map((v) => v ?? '(blank)');
  if (!martState(db)) throw new AppError('INVALID_INPUT', `${dimension}: refresh a snapshot first`, { reason: 'noSnapshot' });
  const byId = martGroups(db, workspaceCatalog(db), field.id);
  return h.customers.ids.map((id) => byId.get(id) ?? '(not scored)');
}

/**
 * Every customer's active spells. For the configured definition they are the lifecycle's
 * spells (shared/scoring/lifecycle.ts: cancellations, contract ends and flags end a spell too),
 * the same the refresh stores and the Dashboard counts; the other label keeps its own rule.
 */
function allSpells(l: Loaded): Spell[][] {
  if (l.label === l.def.kind) {
    const finder = new SpellFinder(l.history, l.def, l.limit);
    return l.history.customers.ids.map((_, c) => finder.of(c));
  }
  const buf: number[] = [];
  return l.history.customers.ids.map((_, c) => spells(l.history, l.def, l.label, c, l.limit, buf));
}

/** The snapshot's churn definition when its spells (customer_spells) answer for this label. */
function spellsDefinition(db: Db, label: LabelKind | undefined): { asOf: string; kind: LabelKind } | null {
  const state = martState(db);
  const parsed = state ? ChurnDefinitionSchema.safeParse(state.churnDefinition) : null;
  if (!state || !parsed?.success) return null;
  if (label !== undefined && label !== parsed.data.kind) return null;
  // The stored spells follow the saved definition only until it changes: then the event history decides.
  if (JSON.stringify(parsed.data) !== JSON.stringify(getChurnDefinition(db))) return null;
  return { asOf: state.asOf, kind: parsed.data.kind };
}

function rateResult(dataDate: string, label: LabelKind, counts: MonthCount[]) {
  const totals = new Map<string, { activeAtStart: number; churned: number }>();
  for (const c of counts) {
    const t = totals.get(c.group) ?? { activeAtStart: 0, churned: 0 };
    t.activeAtStart += c.activeAtStart;
    t.churned += c.churned;
    totals.set(c.group, t);
  }
  return {
    dataDate,
    label,
    points: counts.map((c) => ({ ...c, rate: churnRate(c.activeAtStart, c.churned) })),
    totals: [...totals].map(([group, t]) => ({ group, ...t, rate: churnRate(t.activeAtStart, t.churned) })),
  };
}

/** `from: 'history'` skips the stored spells (tests compare both ways). */
export interface AnalysisSource {
  from?: 'stored' | 'history';
}

export function churnByDimension(db: Db, input: { dimension?: string; months: number; label?: LabelKind }, source: AnalysisSource = {}) {
  const stored = source.from === 'history' ? null : spellsDefinition(db, input.label);
  if (stored) {
    // The refresh's spells and the mart: no event history to load (seconds at 1 M customers).
    const field = input.dimension ? dimensionField(db, input.dimension).id : undefined;
    const { spells: all, groups } = spellPopulation(db, workspaceCatalog(db), field);
    return rateResult(stored.asOf, stored.kind, monthlyCounts(all, groups, lastCompleteMonths(stored.asOf, input.months)));
  }
  const l = load(db, input.label);
  if (!l) return { dataDate: null, label: input.label ?? getChurnDefinition(db).kind, points: [], totals: [] };
  const groups = groupsOf(db, l.history, input.dimension);
  return rateResult(isoOfDay(l.limit), l.label, monthlyCounts(allSpells(l), groups, lastCompleteMonths(isoOfDay(l.limit), input.months)));
}

export function cohorts(db: Db, input: { basis: 'signup' | 'firstOrder'; cohorts: number; label?: LabelKind }, source: AnalysisSource = {}) {
  const stored = source.from === 'history' ? null : spellsDefinition(db, input.label);
  if (stored) {
    // The refresh's spells and the mart's start dates: no event history to load.
    const p = spellPopulation(db, workspaceCatalog(db), undefined);
    return cohortResult(stored.asOf, stored.kind, p.spells, input.basis === 'signup' ? p.signupDay : p.firstOrderDay, input.cohorts);
  }
  const l = load(db, input.label);
  if (!l) return { dataDate: null, label: input.label ?? getChurnDefinition(db).kind, rows: [] };
  const h = l.history;
  const starts = Float64Array.from(h.customers.ids, (_, c) => {
    if (input.basis === 'signup') return h.customers.signupDay[c]!;
    return firstPurchaseDay(h.orders, c);
  });
  return cohortResult(isoOfDay(l.limit), l.label, allSpells(l), starts, input.cohorts);
}

function cohortResult(dataDate: string, label: LabelKind, spellsOf: readonly Spell[][], starts: Float64Array, count: number) {
  const limit = dayOf(dataDate);
  const months = lastCompleteMonths(dataDate, count).map((m) => m.month);
  const lastMonth = monthOfDay(limit);
  if (!months.includes(lastMonth)) months.push(lastMonth);
  const rows = cohortCounts(spellsOf, starts, months, months.length, limit);
  return { dataDate, label, rows: rows.map((r) => ({ ...r, cells: r.active.map((a) => (a === null || r.size === 0 ? null : a / r.size)) })) };
}

const PERIOD_DAYS = 30;

export function survival(db: Db, input: { dimension?: string; label?: LabelKind; maxGroups: number; projectionPeriods: number }, source: AnalysisSource = {}) {
  const stored = source.from === 'history' ? null : spellsDefinition(db, input.label);
  if (stored) {
    // The refresh's spells (for the active definition a spell already starts at the customer's
    // start day) and the mart's groups and contract ends: no event history to load.
    const p = spellPopulation(db, workspaceCatalog(db), input.dimension ? dimensionField(db, input.dimension).id : undefined);
    const limit = dayOf(stored.asOf);
    return survivalResult(
      stored.asOf,
      stored.kind,
      p.spells,
      (_, first) => first.start,
      p.groups,
      (c) => p.contractual[c] === 1,
      limit,
      input,
    );
  }
  const l = load(db, input.label);
  if (!l) return { dataDate: null, label: input.label ?? getChurnDefinition(db).kind, curves: [], sbg: null };
  const h = l.history;
  const start = (c: number, first: Spell) => (l.label === 'active' ? startDay(h, c) : first.start);
  const contract = (c: number) => Number.isFinite(h.customers.contractEndDay[c]);
  return survivalResult(isoOfDay(l.limit), l.label, allSpells(l), start, groupsOf(db, h, input.dimension), contract, l.limit, input);
}

function survivalResult(
  dataDate: string,
  label: LabelKind,
  all: readonly Spell[][],
  startOf: (c: number, first: Spell) => number,
  groups: readonly string[],
  isContractual: (c: number) => boolean,
  limit: number,
  input: { maxGroups: number; projectionPeriods: number },
) {
  const times: number[] = [];
  const events: number[] = [];
  const keys: string[] = [];
  const contractual: number[] = [];
  all.forEach((s, c) => {
    const first = s[0];
    if (!first) return;
    const start = startOf(c, first);
    const ended = Number.isFinite(first.end);
    times.push(Math.max(0, (ended ? first.end : limit) - start));
    events.push(ended ? 1 : 0);
    keys.push(groups[c]!);
    if (isContractual(c)) contractual.push(times.length - 1);
  });
  const sizes = new Map<string, number>();
  for (const k of keys) sizes.set(k, (sizes.get(k) ?? 0) + 1);
  const kept = new Set(
    [...sizes]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, input.maxGroups)
      .map(([k]) => k),
  );
  const curves = [
    ...kaplanMeierByGroup(
      times,
      events,
      keys.map((k) => (kept.has(k) ? k : '(other)')),
    ),
  ]
    .sort((a, b) => b[1].n - a[1].n)
    .map(([group, km]) => {
      const step = Math.max(1, Math.ceil(km.points.length / 200));
      return {
        group,
        n: km.n,
        events: km.events,
        medianDays: km.median,
        points: km.points
          .filter((_, i) => i % step === 0 || i === km.points.length - 1)
          .map((p) => ({ time: p.time, nRisk: p.nRisk, survival: p.survival, lower: p.lower, upper: p.upper })),
      };
    });
  return { dataDate, label, curves, sbg: sbgProjection(times, events, contractual, input.projectionPeriods) };
}

/**
 * sBG for contractual customers (those with a contract end): their Kaplan–Meier curve read
 * at 30-day periods (which handles staggered start dates) becomes the survivors series
 * the model is fitted to, then projected.
 */
function sbgProjection(times: number[], events: number[], rows: number[], periods: number) {
  if (rows.length < 30) return null;
  const km = kaplanMeierByGroup(
    rows.map((i) => times[i]!),
    rows.map((i) => events[i]!),
    rows.map(() => 'c'),
  ).get('c');
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
