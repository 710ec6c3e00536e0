// campaign list|create|assign|import-outcomes|effect|call-list: campaigns from the command line
// (issue 14). Thin: every answer comes from the service's campaign operations. `create` makes a
// draft (its audience a saved segment or the open warnings), `assign` draws its groups from the
// seed, `import-outcomes` records a file's outcomes (creating the campaign and its groups when
// none is named), `effect --json` prints the groups, rates, uplift with both intervals,
// p-value, sample-ratio check, saved value, cost and ROI.
import { resolve } from 'node:path';
import { BUILTIN_PLAYBOOKS, type CampaignAudience, type CampaignEffect } from '../../../../shared/contract/domains/campaigns';
import type { Service } from '../../../service/service';
import { call, optionalNumber, print, required, usageError, type Command, type CommandContext } from '../command';

const VERBS = ['list', 'create', 'assign', 'import-outcomes', 'effect', 'call-list'] as const;
type Verb = (typeof VERBS)[number];
const WRITES: ReadonlySet<Verb> = new Set(['create', 'assign', 'import-outcomes']);

function text(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') usageError(`campaign: --${name} needs a value`);
  return value;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) usageError(`campaign: --${name} must be ${allowed.join(' or ')}`);
  return value as T;
}

/** The playbook by id, built-in code or name, with its cost per contact (the campaign's default, as the page pre-fills it). */
async function playbookOf(service: Service, ref: string | undefined): Promise<{ id: number; costPerContact: number } | null> {
  if (ref === undefined) return null;
  const { playbooks } = await call(service, 'playbook.list', {});
  const found = playbooks.find((p) => (/^\d+$/.test(ref) ? p.id === Number(ref) : p.builtin === ref || (p.name ?? '').toLowerCase() === ref.toLowerCase()));
  if (!found) usageError(`campaign: no playbook ${ref} (an id, a name, or one of ${BUILTIN_PLAYBOOKS.join(', ')})`);
  return { id: found.id, costPerContact: found.costPerContact };
}

function audienceOf(ctx: CommandContext): CampaignAudience {
  const segment = text(ctx, 'segment');
  if (segment !== undefined && ctx.options.warnings === true) usageError('campaign create: --segment or --warnings, not both');
  if (segment !== undefined) {
    if (!/^\d+$/.test(segment)) usageError('campaign create: --segment takes a segment id (see segment list)');
    return { kind: 'segment', segmentId: Number(segment) };
  }
  if (ctx.options.warnings === true) return { kind: 'warnings', filter: { states: ['open'] } };
  usageError('campaign create: --segment ID or --warnings is required');
}

async function create(ctx: CommandContext): Promise<void> {
  const name = text(ctx, 'name') ?? usageError('campaign create: --name is required');
  const start = text(ctx, 'start') ?? usageError('campaign create: --start YYYY-MM-DD is required');
  const playbook = await playbookOf(ctx.service, text(ctx, 'playbook'));
  const cost = optionalNumber(ctx.options.cost, 'cost') ?? playbook?.costPerContact;
  const input = {
    name,
    startDate: start,
    endDate: text(ctx, 'end') ?? start,
    audience: audienceOf(ctx),
    playbookId: playbook?.id ?? null,
    ...(text(ctx, 'owner') !== undefined ? { owner: text(ctx, 'owner') } : {}),
    ...(optionalNumber(ctx.options.control, 'control') !== undefined ? { controlShare: optionalNumber(ctx.options.control, 'control') } : {}),
    ...(optionalNumber(ctx.options.seed, 'seed') !== undefined ? { seed: optionalNumber(ctx.options.seed, 'seed') } : {}),
    ...(cost !== undefined ? { costPerContact: cost } : {}),
    ...(optionalNumber(ctx.options['follow-up'], 'follow-up') !== undefined ? { followUpDays: optionalNumber(ctx.options['follow-up'], 'follow-up') } : {}),
    ...(oneOf(text(ctx, 'stratify'), ['tier', 'none'], 'stratify') !== undefined ? { stratify: text(ctx, 'stratify') } : {}),
    ...(oneOf(text(ctx, 'metric'), ['retention', 'winback', 'recorded'], 'metric') !== undefined ? { outcomeMetric: text(ctx, 'metric') } : {}),
    ...(text(ctx, 'hypothesis') !== undefined ? { hypothesis: text(ctx, 'hypothesis') } : {}),
  };
  const campaign = await call(ctx.service, 'campaign.save', input);
  if (ctx.options.assign === true) {
    const drawn = await call(ctx.service, 'campaign.assign', { id: campaign.id });
    print(ctx, drawn, () => `campaign ${drawn.campaign.id} drawn: ${drawn.plan.treatment} treatment, ${drawn.plan.control} control (seed ${drawn.campaign.seed ?? ''})`);
    return;
  }
  print(ctx, campaign, () => `campaign ${campaign.id} created as a draft (campaign assign WORKSPACE ${campaign.id} draws its groups)`);
}

const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)} %`);
const pts = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)} pts`);
const num = (v: number | null | undefined, digits = 0) => (v === null || v === undefined ? '—' : v.toFixed(digits));
const interval = (i: { lower: number; upper: number } | null, f: (v: number) => string) => (i === null ? '—' : `[${f(i.lower)}, ${f(i.upper)}]`);

function effectText(e: CampaignEffect): string {
  return [
    `campaign        ${e.campaignId} (${e.metric}; window ${e.window.start ?? '—'} – ${e.window.end ?? '—'}${e.window.complete ? '' : ', still open'})`,
    `drawn           ${e.drawn.treatment} treatment, ${e.drawn.control} control${e.drawn.controlShare !== null ? ` (share ${pct(e.drawn.controlShare)})` : ''}`,
    `treatment       ${e.treatment.successes} / ${e.treatment.n} = ${pct(e.treatment.rate)}`,
    `control         ${e.control.successes} / ${e.control.n} = ${pct(e.control.rate)}`,
    `uplift          ${pts(e.uplift)}  Newcombe 95 % ${interval(e.newcombe, pts)}  Wald 95 % ${interval(e.wald, pts)}`,
    `p-value         ${e.pValue === null ? '—' : e.pValue.toPrecision(3)}`,
    `sample ratio    ${e.srm === null ? '—' : `χ² ${e.srm.chiSquare.toFixed(3)}, p ${e.srm.pValue.toPrecision(3)}${e.srm.alarm ? '  MISMATCH: the groups are not the sizes drawn' : ' (ok)'}`}`,
    `saved customers ${e.savedCustomers === null ? '—' : `${num(e.savedCustomers.estimate, 1)} [${num(e.savedCustomers.lower, 1)}, ${num(e.savedCustomers.upper, 1)}]`}`,
    `saved value     ${e.savedValue === null ? '—' : `${num(e.savedValue.estimate)} [${num(e.savedValue.lower)}, ${num(e.savedValue.upper)}] (mean CLV ${num(e.meanClv)})`}`,
    `cost            ${num(e.cost)}`,
    `ROI             ${e.roi === null ? '—' : `${pct(e.roi.estimate)} [${pct(e.roi.lower)}, ${pct(e.roi.upper)}]`}`,
    ...(e.problem !== null ? [`problem         ${e.problem}`] : []),
  ].join('\n');
}

async function importOutcomes(ctx: CommandContext): Promise<void> {
  const file = required(ctx, 2, 'FILE', 'campaign import-outcomes');
  const result = await call(ctx.service, 'campaign.importOutcomes', {
    path: resolve(file),
    ...(text(ctx, 'campaign') !== undefined ? { campaignId: text(ctx, 'campaign') } : {}),
    ...(text(ctx, 'name') !== undefined ? { name: text(ctx, 'name') } : {}),
    ...(text(ctx, 'sheet') !== undefined ? { sheet: text(ctx, 'sheet') } : {}),
  });
  print(ctx, result, () =>
    [
      `campaign ${result.campaign.id} ${result.created ? 'created' : 'updated'}: ${result.imported} of ${result.rows} rows recorded, ${result.rejected} rejected`,
      ...result.rejects.slice(0, 20).map((r) => `  row ${r.row}${r.column !== null ? ` ${r.column}` : ''}: ${r.code}${r.value !== null ? ` (${r.value})` : ''}`),
    ].join('\n'),
  );
}

export const campaignCommand: Command = {
  name: 'campaign',
  usage:
    'campaign list|create|assign|import-outcomes|effect|call-list WORKSPACE [ID | FILE] [--name NAME] [--segment ID | --warnings] [--start DATE --end DATE] [--control 0.2] [--seed N] [--stratify tier|none] [--metric retention|winback|recorded] [--playbook ID] [--cost N] [--follow-up DAYS] [--assign] [--campaign ID] [--sheet NAME] [--out FILE.xlsx] [--lang en|zh-CN] [--json]',
  options: {
    name: { type: 'string' },
    segment: { type: 'string' },
    warnings: { type: 'boolean' },
    start: { type: 'string' },
    end: { type: 'string' },
    control: { type: 'string' },
    seed: { type: 'string' },
    stratify: { type: 'string' },
    metric: { type: 'string' },
    playbook: { type: 'string' },
    owner: { type: 'string' },
    cost: { type: 'string' },
    'follow-up': { type: 'string' },
    hypothesis: { type: 'string' },
    assign: { type: 'boolean' },
    campaign: { type: 'string' },
    sheet: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
  },
  async run(ctx) {
    const verb = required(ctx, 0, VERBS.join('|'), 'campaign');
    if (!(VERBS as readonly string[]).includes(verb)) usageError(`campaign: unknown action ${verb} (${VERBS.join(', ')})`);
    // An outcome file of an external experiment may be the first thing a workspace holds: import-outcomes creates one that is missing.
    await ctx.service.session.open(required(ctx, 1, 'WORKSPACE', `campaign ${verb}`), { readOnly: !WRITES.has(verb as Verb), create: verb === 'import-outcomes' });
    switch (verb as Verb) {
      case 'list': {
        const { campaigns } = await call(ctx.service, 'campaign.list', {});
        print(ctx, { campaigns }, () =>
          campaigns.length === 0
            ? 'no campaigns'
            : [
                'id\tstatus\ttreatment\tcontrol\tuplift\tp\tname',
                ...campaigns.map(
                  (c) =>
                    `${c.id}\t${c.status}\t${c.groups.treatment}\t${c.groups.control}\t${pts(c.headline?.uplift)}\t${c.headline ? c.headline.pValue.toPrecision(3) : '—'}\t${c.name}`,
                ),
              ].join('\n'),
        );
        return 0;
      }
      case 'create':
        await create(ctx);
        return 0;
      case 'assign': {
        const drawn = await call(ctx.service, 'campaign.assign', { id: required(ctx, 2, 'ID', 'campaign assign') });
        print(ctx, drawn, () => `campaign ${drawn.campaign.id} drawn: ${drawn.plan.treatment} treatment, ${drawn.plan.control} control (seed ${drawn.campaign.seed ?? ''})`);
        return 0;
      }
      case 'import-outcomes':
        await importOutcomes(ctx);
        return 0;
      case 'effect': {
        const effect = await call(ctx.service, 'campaign.effect', { id: required(ctx, 2, 'ID', 'campaign effect') });
        print(ctx, effect, () => effectText(effect));
        return 0;
      }
      case 'call-list': {
        const out = text(ctx, 'out') ?? usageError('campaign call-list: --out FILE.xlsx (or a folder) is required');
        const lang = oneOf(text(ctx, 'lang'), ['en', 'zh-CN'], 'lang');
        const result = await call(ctx.service, 'campaign.exportCallList', {
          id: required(ctx, 2, 'ID', 'campaign call-list'),
          path: resolve(out),
          ...(lang ? { language: lang } : {}),
        });
        print(ctx, result, () => `${result.rows} rows in ${result.sheets.length} sheets written to ${result.path ?? result.fileName}`);
        return 0;
      }
    }
  },
};
