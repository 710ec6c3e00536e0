// refresh, train, models: the scoring commands (issue 4).
import type { ModelRunSummary, SnapshotSummary } from '../../../../shared/contract/domains/scoring-schemas';
import { call, print, required, usageError, type Command } from '../command';
import { cliLang, warningText, type CliLang } from '../warning-text';

const pct = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)} %`);
const fix = (v: number | null | undefined, d = 3): string => (v === null || v === undefined ? '—' : v.toFixed(d));

function formatSnapshot(s: SnapshotSummary, lang: CliLang): string {
  const lines = [
    `snapshot        ${s.snapshotId} as of ${s.asOf} (${s.customers} customers, ${(s.durationMs / 1000).toFixed(1)} s)`,
    `health tiers    healthy ${s.tierCounts.healthy}  watch ${s.tierCounts.watch}  at-risk ${s.tierCounts.atRisk}  (config v${s.healthConfigVersion})`,
    `value × risk    high-value ${s.valueRiskCounts.highValue ?? 0}  potential ${s.valueRiskCounts.potential ?? 0}  warning ${s.valueRiskCounts.warning ?? 0}  low-value ${s.valueRiskCounts.lowValue ?? 0}`,
    `churn model     ${s.modelRunId === null ? '(none)' : `run ${s.modelRunId}`}`,
  ];
  if (s.bgnbd) lines.push(`BG/NBD          r ${fix(s.bgnbd.r)}  alpha ${fix(s.bgnbd.alpha)}  a ${fix(s.bgnbd.a)}  b ${fix(s.bgnbd.b)}  (per ${s.bgnbd.timeUnit})`);
  if (s.gammaGamma) lines.push(`Gamma-Gamma     p ${fix(s.gammaGamma.p)}  q ${fix(s.gammaGamma.q)}  v ${fix(s.gammaGamma.v)}`);
  const absent = s.sources.filter((c) => !c.present);
  if (absent.length > 0) {
    const cover = absent.map((c) => `${c.source} ${c.customers} (${pct(c.share)})`).join(', ');
    lines.push(`no data         ${cover}: ${s.noDataIndicators.length} indicators left out of the health score (${s.noDataIndicators.map((x) => x.indicator).join(', ')})`);
  }
  for (const w of s.warnings) lines.push(`warning         ${warningText(w, lang)}`);
  return lines.join('\n');
}

function formatRun(r: ModelRunSummary): string {
  const lines = [`run ${r.runId}  ${r.kind}  ${r.label ?? ''}  created ${r.createdAt}`];
  if (r.evaluation !== 'none') {
    lines.push(
      `  train as of ${r.trainAsOf} (${r.trainRows} rows), evaluated ${r.evaluation === 'time' ? `as of ${r.evalAsOf}` : `on a stratified split, seed ${r.seed}`} (${r.evalRows} rows), horizon ${r.horizonDays} d`,
    );
  }
  const m = r.metrics;
  if (m) {
    lines.push(`  AUC ${fix(m.auc)}  PR-AUC ${fix(m.prAuc)}  base rate ${pct(m.baseRate)}  Brier ${fix(m.brier, 4)}`);
    for (const t of m.topK) lines.push(`  top ${(t.fraction * 100).toFixed(0)} %: precision ${pct(t.precision)}  recall ${pct(t.recall)}  lift ${fix(t.lift, 2)}`);
    lines.push(`  lift by decile: ${m.lift.map((l) => fix(l.lift, 2)).join(' ')}`);
  }
  const params = Object.entries(r.params).map(([k, v]) => `${k} ${typeof v === 'number' ? (Number.isInteger(v) ? String(v) : fix(v, 4)) : String(v)}`);
  if (params.length) lines.push(`  ${params.join('  ')}`);
  return lines.join('\n');
}

export const refreshCommand: Command = {
  name: 'refresh',
  usage: 'refresh WORKSPACE [--as-of YYYY-MM-DD] [--lang en|zh-CN] [--json]  score every customer as of a date (default: data date)',
  options: { 'as-of': { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    await ctx.service.session.open(required(ctx, 0, 'WORKSPACE', 'refresh'));
    const asOf = ctx.options['as-of'];
    if (asOf !== undefined && typeof asOf !== 'string') usageError('refresh: --as-of needs a date');
    const summary = await call(ctx.service, 'snapshot.refresh', asOf ? { asOf } : {});
    print(ctx, summary, () => formatSnapshot(summary, cliLang(ctx.options.lang)));
    return 0;
  },
};

export const trainCommand: Command = {
  name: 'train',
  usage: 'train WORKSPACE --model logistic|tree [--label active|implicit] [--features all|LIST] [--json]',
  options: { model: { type: 'string' }, label: { type: 'string' }, features: { type: 'string' } },
  async run(ctx) {
    await ctx.service.session.open(required(ctx, 0, 'WORKSPACE', 'train'));
    const model = ctx.options.model;
    if (model !== 'logistic' && model !== 'tree') usageError('train: --model must be logistic or tree');
    const label = ctx.options.label;
    if (label !== undefined && label !== 'active' && label !== 'implicit') usageError('train: --label must be active or implicit');
    const features = ctx.options.features;
    const list =
      typeof features === 'string' && features !== 'all'
        ? features
            .split(',')
            .map((f) => f.trim())
            .filter(Boolean)
        : 'all';
    const run = await call(ctx.service, 'model.train', { model, label, features: list });
    print(ctx, run, () => formatRun(run));
    return 0;
  },
};

export const modelsCommand: Command = {
  name: 'models',
  usage: 'models WORKSPACE [--json]                             latest run of each model kind with parameters and metrics',
  async run(ctx) {
    await ctx.service.session.open(required(ctx, 0, 'WORKSPACE', 'models'), { readOnly: true });
    const result = await call(ctx.service, 'model.list', { latestPerKind: true });
    print(ctx, result, () => (result.runs.length ? result.runs.map(formatRun).join('\n\n') : 'no model runs yet: run refresh or train first'));
    return 0;
  },
};
