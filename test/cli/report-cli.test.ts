// report and dashboard export as a monthly script runs them, on a refreshed demo: no window, no
// network, a file at the path given (the report's PDF named in --lang when written to a folder),
// --json answers, and a bad month or a bad option as exactly one line on stderr with exit 1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../shared/contract/domains/exports';
import { jobsZhCN } from '../../shared/i18n/messages/jobs.zh-CN';
import { CLI, runCli } from '../support/cli';
import { tempDir } from '../support/temp';

describe('churn-cockpit report and dashboard export', () => {
  const t = tempDir();
  const ws = join(t.dir, 'demo.churn');
  const out = (name: string) => join(t.dir, name);
  let month = '';
  const oneLineError = (args: string[]): string => {
    const r = runCli(args);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^churn-cockpit: /);
    return r.stderr;
  };

  beforeAll(() => {
    expect(runCli(['demo', ws, '--customers', '600']).code).toBe(0);
    expect(runCli(['refresh', ws]).code).toBe(0);
    const db = new Database(ws, { readonly: true });
    month = db.prepare('SELECT DISTINCT month FROM churn_facts_monthly ORDER BY month DESC LIMIT 1 OFFSET 1').pluck().get() as string;
    db.close();
  });
  afterAll(() => t.cleanup());

  it('writes the report as a PDF at the path given and answers it with --json', () => {
    const r = runCli(['report', ws, '--month', month, '--pdf', out('june.pdf'), '--lang', 'zh-CN', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const answer = JSON.parse(r.stdout) as ExportedFile;
    expect(answer).toMatchObject({ format: 'pdf', path: out('june.pdf'), fileName: 'june.pdf' });
    expect(readFileSync(out('june.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(answer.bytes).toBe(readFileSync(out('june.pdf')).length);
  });

  it('writes the workbook named after the report in the current folder when neither --out nor --pdf is given', () => {
    const here = out('here');
    mkdirSync(here);
    const r = spawnSync(process.execPath, [CLI, 'report', ws, '--month', month, '--lang', 'zh-CN'], { cwd: here, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(here);
    expect(files).toEqual([expect.stringMatching(new RegExp(`^流失月报 ${month}_\\d{4}-\\d{2}-\\d{2}\\.xlsx$`))]);
    expect(readFileSync(join(here, files[0]!)).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('writes both files when --out and --pdf are given, and answers both with --json', () => {
    const r = runCli(['report', ws, '--month', month, '--out', out('both.xlsx'), '--pdf', out('both.pdf'), '--lang', 'en', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const answers = JSON.parse(r.stdout) as ExportedFile[];
    expect(answers.map((a) => [a.format, a.fileName])).toEqual([
      ['xlsx', 'both.xlsx'],
      ['pdf', 'both.pdf'],
    ]);
    expect(answers[0]!.sheets.map((x) => x.kind)).toContain('list');
    expect(answers[0]!.sheets[0]).toMatchObject({ kind: 'cover', name: 'Cover' });
  });

  it('exports a template as a workbook with every row of its lists (--full-lists)', () => {
    const r = runCli(['dashboard', 'export', ws, '--template', 'cockpit', '--out', out('cockpit.xlsx'), '--full-lists', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const answer = JSON.parse(r.stdout) as ExportedFile;
    const db = new Database(ws, { readonly: true });
    const atRisk = db.prepare("SELECT count(*) FROM customer_mart WHERE tier = 'atRisk'").pluck().get() as number;
    db.close();
    expect(answer.sheets.find((x) => x.widgetId === 'table_high_risk')?.rows).toBe(atRisk);
  });

  it('exports a template dashboard as a PDF without saving anything in the workspace', () => {
    const r = runCli(['dashboard', 'export', ws, '--template', 'cockpit', '--out', out('cockpit.pdf'), '--page-size', 'A3']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(out('cockpit.pdf'));
    expect(existsSync(out('cockpit.pdf'))).toBe(true);
    expect(runCli(['dashboard', 'list', ws]).stdout.trim()).toBe('no saved dashboards');
  });

  it('refuses a month outside the data on one translated line, writing nothing', () => {
    const before = readdirSync(t.dir).length;
    const line = oneLineError(['report', ws, '--month', '2099-01', '--pdf', out('none.pdf'), '--lang', 'zh-CN']);
    expect(line).toContain(jobsZhCN.reasons.reportMonthOutOfRange.split('{{')[0]!);
    expect(line).toContain('2099-01');
    expect(readdirSync(t.dir).length).toBe(before);
  });

  it('refuses bad options on one line', () => {
    expect(oneLineError(['report', ws, '--month', '2024-13'])).toContain('--month YYYY-MM');
    expect(oneLineError(['report', ws])).toContain('--month');
    expect(oneLineError(['dashboard', 'export', ws, '--template', 'cockpit', '--out', out('x.docx')])).toContain('.xlsx or .pdf');
    expect(oneLineError(['dashboard', 'export', ws, 'No such board', '--out', out('x.pdf')])).toContain('No such board');
  });
});
