// segment list|show|count|export: saved segments from the command line (issue 11 "CLI"). Thin:
// every answer comes from the service's segment operations. A rule file is the documented filter
// AST (shared/segments/rule-file.ts); a bad rule or an unknown field or operator exits non-zero
// with one line naming it.
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { AppError, isAppError } from '../../../../shared/contract/errors';
import type { SegmentSource } from '../../../../shared/contract/domains/segments';
import type { FilterNode } from '../../../../shared/query/ast';
import { QUERY_ERROR_CODES, QueryError, type QueryErrorCode } from '../../../../shared/query/errors';
import type { Segment } from '../../../../shared/segments/definition';
import { parseRuleFile, toRuleFile } from '../../../../shared/segments/rule-file';
import { ruleFileErrorLine } from '../../../../shared/segments/rule-file-message';
import type { Service } from '../../../service/service';
import { call, print, required, usageError, type Command, type CommandContext } from '../command';

const VERBS = ['list', 'show', 'count', 'export'] as const;
type Verb = (typeof VERBS)[number];

async function findSegment(service: Service, ref: string): Promise<Segment> {
  const { segments } = await call(service, 'segment.list', {});
  const found = segments.find((s) => String(s.id) === ref) ?? segments.find((s) => s.name.toLowerCase() === ref.toLowerCase());
  if (!found) throw new AppError('NOT_FOUND', `segment: no saved segment named ${ref}`, { reason: 'segmentNotFound', params: { id: ref } });
  return found;
}

/** One line naming what is wrong with a rule: the rule file's own error, or the compiler's from the service. */
function ruleError(error: unknown): never {
  let line = ruleFileErrorLine(error);
  const code = isAppError(error) ? error.params?.queryError : undefined;
  if (line === null && isAppError(error) && typeof code === 'string' && (QUERY_ERROR_CODES as readonly string[]).includes(code)) {
    const { queryError: _code, ...params } = error.params ?? {};
    line = ruleFileErrorLine(new QueryError(code as QueryErrorCode, params));
  }
  if (line === null) throw error;
  throw new AppError('INVALID_INPUT', `rule: ${line}`);
}

function readRule(path: string): FilterNode {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AppError('INVALID_INPUT', `${path}: not a JSON rule file (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
  }
  try {
    return parseRuleFile(json);
  } catch (error) {
    ruleError(error);
  }
}

/** The customers the command is about: a saved segment by name or id, or a rule file. */
async function sourceOf(ctx: CommandContext, verb: Verb): Promise<{ source: SegmentSource; segment: Segment | null }> {
  const rule = ctx.options.rule;
  if (typeof rule === 'string') return { source: { filter: readRule(rule) }, segment: null };
  const segment = await findSegment(ctx.service, required(ctx, 2, 'NAME (or --rule FILE.json)', `segment ${verb}`));
  return { source: { segmentId: segment.id }, segment };
}

function brokenLine(segment: Segment): string {
  const params = Object.entries(segment.broken?.params ?? {}).map(([k, v]) => `${k} ${String(v)}`);
  return `broken: ${segment.broken?.code ?? ''}${params.length ? ` (${params.join(', ')})` : ''}`;
}

async function count(ctx: CommandContext): Promise<{ count: number; total: number }> {
  const { source, segment } = await sourceOf(ctx, 'count');
  if (segment?.broken) throw new AppError('INVALID_INPUT', `segment ${segment.name} is ${brokenLine(segment)}`, { reason: 'segmentBroken', params: { code: segment.broken.code } });
  if (segment && segment.kind === 'list') return { count: segment.size ?? 0, total: (await call(ctx.service, 'query.count', {})).total };
  const filter = 'filter' in source ? source.filter : segment?.definition?.filter;
  if (!filter) throw new AppError('INVALID_INPUT', 'segment count: nothing to count');
  try {
    const preview = await call(ctx.service, 'segment.preview', { filter, sampleSize: 0, funnel: false });
    return { count: preview.count, total: preview.total };
  } catch (error) {
    ruleError(error);
  }
}

async function show(ctx: CommandContext): Promise<void> {
  const segment = await findSegment(ctx.service, required(ctx, 2, 'NAME', 'segment show'));
  const rule = segment.definition ? toRuleFile(segment.definition.filter) : null;
  print(ctx, { ...segment, rule }, () =>
    [
      `segment         ${segment.id} ${segment.name} (${segment.kind}${segment.frozenFrom !== null ? `, frozen from ${segment.frozenFrom}` : ''})`,
      `size now        ${segment.size ?? '—'}${segment.unknownMembers ? ` (+${segment.unknownMembers} ids that are no customer)` : ''}`,
      `description     ${segment.description}`,
      `tags            ${segment.tags.join(', ')}`,
      `colour          ${segment.color}`,
      ...(segment.broken ? [`status          ${brokenLine(segment)}`] : []),
      `used by         ${segment.usedBy.map((u) => `${u.kind} ${u.name}`).join(', ') || '—'}`,
      `sizes           ${segment.sizes.map((p) => `${p.asOf} ${p.size}`).join('  ') || '—'}`,
      ...(rule !== null ? [`rule            ${JSON.stringify(rule)}`] : []),
    ].join('\n'),
  );
}

async function exportList(ctx: CommandContext): Promise<void> {
  const out = ctx.options.out;
  if (typeof out !== 'string') usageError('segment export: --out FILE.xlsx|FILE.csv is required');
  const { source } = await sourceOf(ctx, 'export');
  const encoding = ctx.options.encoding;
  if (encoding !== undefined && encoding !== 'utf8' && encoding !== 'gb18030') usageError('segment export: --encoding must be utf8 or gb18030');
  const lang = ctx.options.lang;
  if (lang !== undefined && lang !== 'en' && lang !== 'zh-CN') usageError('segment export: --lang must be en or zh-CN');
  const result = await call(ctx.service, 'segment.export', {
    source,
    format: extname(out).toLowerCase() === '.csv' ? 'csv' : 'xlsx',
    path: resolve(out),
    ...(encoding !== undefined ? { encoding } : {}),
    ...(lang !== undefined ? { language: lang } : {}),
  });
  print(ctx, result, () => `${result.rows} rows written to ${result.path ?? result.fileName}`);
}

export const segmentCommand: Command = {
  name: 'segment',
  usage: 'segment list|show|count|export WORKSPACE [NAME | --rule FILE.json] [--out FILE.xlsx|.csv] [--encoding utf8|gb18030] [--lang en|zh-CN] [--json]',
  options: { rule: { type: 'string' }, out: { type: 'string' }, encoding: { type: 'string' }, lang: { type: 'string' } },
  async run(ctx) {
    const verb = required(ctx, 0, 'list|show|count|export', 'segment');
    if (!(VERBS as readonly string[]).includes(verb)) usageError(`segment: unknown action ${verb} (list, show, count or export)`);
    await ctx.service.session.open(required(ctx, 1, 'WORKSPACE', `segment ${verb}`), { readOnly: true });
    switch (verb as Verb) {
      case 'list': {
        const result = await call(ctx.service, 'segment.list', {});
        print(ctx, result, () =>
          result.segments.length === 0
            ? 'no saved segments'
            : ['id\tkind\tsize\tname', ...result.segments.map((s) => `${s.id}\t${s.kind}\t${s.broken ? brokenLine(s) : String(s.size ?? '')}\t${s.name}`)].join('\n'),
        );
        return 0;
      }
      case 'show':
        await show(ctx);
        return 0;
      case 'count': {
        const result = await count(ctx);
        // `--json` prints exactly {"count":N,"total":M} on one line, as the README documents.
        process.stdout.write(`${ctx.json ? JSON.stringify(result) : `${result.count} of ${result.total} customers`}\n`);
        return 0;
      }
      case 'export':
        await exportList(ctx);
        return 0;
    }
  },
};
