// warnings list|evaluate|rules: the warning inbox from the command line (issue 14). Thin: every
// answer comes from the service's warning operations. `list` prints the matching warnings as a
// tab-separated table (every page of warning.list), or with --out writes the high-risk list by
// owner (warning.exportByOwner: one sheet per owner); `evaluate` runs the rules on the newest
// snapshot now; `rules` lists the rules with their counts. Words (rule names, severities,
// states) in English unless --lang zh-CN.
import { resolve } from 'node:path';
import { WARNING_SEVERITIES, WARNING_STATES, type WarningFilter, type WarningRow } from '../../../../shared/contract/domains/warnings';
import type { OperationOutput } from '../../../../shared/contract/operations';
import { warningRowWords } from '../../../service/warnings/row-words';
import { call, print, required, usageError, type Command, type CommandContext } from '../command';
import { cliLang } from '../warning-text';

const VERBS = ['list', 'evaluate', 'rules'] as const;
type Verb = (typeof VERBS)[number];
const PAGE = 5000;

/** An option given once or repeated, as a list of strings. */
function many(ctx: CommandContext, name: string): string[] {
  const value = ctx.options[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

function oneOf<T extends string>(values: readonly string[], allowed: readonly T[], option: string): T[] {
  for (const v of values) if (!(allowed as readonly string[]).includes(v)) usageError(`warnings list: --${option} must be ${allowed.join(', ')}`);
  return values as T[];
}

function filterOf(ctx: CommandContext): WarningFilter {
  const states = oneOf(many(ctx, 'state'), WARNING_STATES, 'state');
  const severities = oneOf(many(ctx, 'severity'), WARNING_SEVERITIES, 'severity');
  const rules = many(ctx, 'rule').map((r) => {
    const id = Number(r);
    if (!Number.isSafeInteger(id) || id <= 0) usageError('warnings list: --rule takes a rule id (see warnings rules)');
    return id;
  });
  const owners = many(ctx, 'owner');
  return {
    ...(states.length ? { states } : {}),
    ...(severities.length ? { severities } : {}),
    ...(rules.length ? { ruleIds: rules } : {}),
    ...(owners.length ? { owners } : {}),
  };
}

async function allRows(ctx: CommandContext, filter: WarningFilter): Promise<OperationOutput<'warning.list'>> {
  const first = await call(ctx.service, 'warning.list', { filter, offset: 0, limit: PAGE });
  const rows = [...first.rows];
  while (rows.length < first.total) {
    const next = await call(ctx.service, 'warning.list', { filter, offset: rows.length, limit: PAGE });
    if (next.rows.length === 0) break;
    rows.push(...next.rows);
  }
  return { ...first, rows };
}

const text = (v: string | number | null): string => (v === null ? '' : String(v).replace(/[\t\n\r]/g, ' '));

function table(rows: readonly WarningRow[], lang: 'en' | 'zh-CN'): string {
  const w = warningRowWords(lang);
  const header = ['id', 'severity', 'state', 'rule', 'customer', 'name', 'owner', 'assignee', 'fired on', 'health', 'churn p'];
  const lines = rows.map((r) =>
    [
      r.id,
      w.severity(r.severity),
      w.state(r.state),
      w.rule(r),
      r.customerId,
      r.customerName,
      r.owner,
      r.assignee,
      r.firedOn,
      r.healthScore,
      r.churnProbability === null ? null : r.churnProbability.toFixed(3),
    ]
      .map(text)
      .join('\t'),
  );
  return [header.join('\t'), ...lines].join('\n');
}

async function list(ctx: CommandContext): Promise<void> {
  const filter = filterOf(ctx);
  const lang = cliLang(ctx.options.lang);
  const out = ctx.options.out;
  if (out !== undefined) {
    if (typeof out !== 'string') usageError('warnings list: --out needs a FILE.xlsx');
    const result = await call(ctx.service, 'warning.exportByOwner', { filter, language: lang, path: resolve(out) });
    print(ctx, result, () => [`${result.rows} warnings written to ${result.path ?? result.fileName}`, ...result.sheets.map((s) => `  ${s.name}\t${s.rows}`)].join('\n'));
    return;
  }
  const result = await allRows(ctx, filter);
  print(ctx, result, () => (result.rows.length === 0 ? 'no warnings match' : table(result.rows, lang)));
}

async function evaluate(ctx: CommandContext): Promise<void> {
  const result = await call(ctx.service, 'warning.evaluate', {});
  const s = result.raisedBySeverity;
  print(ctx, result, () =>
    [
      `snapshot        ${result.snapshotId} (${result.asOf})`,
      `raised          ${result.raised} (high ${s.high}, medium ${s.medium}, low ${s.low})`,
      `still holding   ${result.held}`,
      `expired         ${result.expired}`,
      ...result.skipped.map((k) => `skipped rule    ${k.ruleId}: ${k.problem}`),
    ].join('\n'),
  );
}

async function rules(ctx: CommandContext): Promise<void> {
  const result = await call(ctx.service, 'warning.rules', {});
  const w = warningRowWords(cliLang(ctx.options.lang));
  print(ctx, result, () =>
    [
      'id\tseverity\tenabled\topen\tacknowledged\tname\tproblem',
      ...result.rules.map((r) =>
        [r.id, w.severity(r.severity), r.enabled ? 'yes' : 'no', r.open, r.acknowledged, w.rule({ ruleId: r.id, ruleName: r.name, ruleBuiltin: r.builtin }), r.problem ?? '']
          .map(text)
          .join('\t'),
      ),
    ].join('\n'),
  );
}

export const warningsCommand: Command = {
  name: 'warnings',
  usage:
    'warnings list|evaluate|rules WORKSPACE [--owner NAME] [--state open|acknowledged|resolved|expired] [--rule ID] [--severity high|medium|low] [--out FILE.xlsx] [--lang en|zh-CN] [--json]',
  options: {
    owner: { type: 'string', multiple: true },
    state: { type: 'string', multiple: true },
    rule: { type: 'string', multiple: true },
    severity: { type: 'string', multiple: true },
    out: { type: 'string' },
    lang: { type: 'string' },
  },
  async run(ctx) {
    const verb = required(ctx, 0, 'list|evaluate|rules', 'warnings');
    if (!(VERBS as readonly string[]).includes(verb)) usageError(`warnings: unknown action ${verb} (list, evaluate or rules)`);
    const workspace = required(ctx, 1, 'WORKSPACE', `warnings ${verb}`);
    // Only evaluate writes (warnings raised, held, expired).
    await ctx.service.session.open(workspace, verb === 'evaluate' ? {} : { readOnly: true });
    switch (verb as Verb) {
      case 'list':
        await list(ctx);
        return 0;
      case 'evaluate':
        await evaluate(ctx);
        return 0;
      case 'rules':
        await rules(ctx);
        return 0;
    }
  },
};
