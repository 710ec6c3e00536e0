// dashboard list|save as a nightly script uses them, on a refreshed demo workspace: a workspace
// without saved dashboards is refused on one translated line unless --template saves a copy
// first (once: a second run reuses it); a dashboard chosen by name or all of them are packaged
// with the k and detail asked for; the file is a dashboard file the viewer opens, its table
// counts agree with its manifest and its customer cube with SQL on the workspace; `serve` refuses
// a file that is no dashboard file.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardFileManifest } from '../../shared/contract/domains/dashboards';
import { templateSpec } from '../../shared/dashboards/templates';
import { dashboardsEn } from '../../shared/i18n/messages/dashboards.en';
import { dashboardsZhCN } from '../../shared/i18n/messages/dashboards.zh-CN';
import { jobsEn } from '../../shared/i18n/messages/jobs.en';
import { jobsZhCN } from '../../shared/i18n/messages/jobs.zh-CN';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';

interface Listed {
  dashboards: { id: number; name: string; template: string | null; widgetCount: number }[];
}
interface Saved {
  path: string;
  bytes: number;
  manifest: DashboardFileManifest;
}

describe('churn-cockpit dashboard', () => {
  const t = tempDir();
  const ws = join(t.dir, 'demo.churn');
  const out = (name: string) => join(t.dir, name);
  const list = (): Listed => {
    const r = runCli(['dashboard', 'list', ws, '--json']);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Listed;
  };
  const oneLineError = (args: string[]): string => {
    const r = runCli(args);
    expect(r.code, r.stdout).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    return r.stderr;
  };
  const save = (args: string[]): Saved => {
    const r = runCli(['dashboard', 'save', ws, ...args, '--json']);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Saved;
  };
  const workspaceSql = (query: string): unknown => {
    const db = new Database(ws, { readonly: true });
    try {
      return db.prepare(query).pluck().get();
    } finally {
      db.close();
    }
  };

  beforeAll(() => {
    expect(runCli(['demo', ws, '--customers', '1500']).code).toBe(0);
    expect(runCli(['refresh', ws]).code).toBe(0);
  });
  afterAll(() => t.cleanup());

  it('lists nothing and refuses to save on a workspace without saved dashboards, in the language asked', () => {
    expect(list().dashboards).toEqual([]);
    expect(runCli(['dashboard', 'list', ws]).stdout.trim()).toBe('no saved dashboards');
    expect(oneLineError(['dashboard', 'save', ws, '--out', out('none.churndash')])).toContain(jobsEn.reasons.dashboardNoneSaved);
    expect(oneLineError(['dashboard', 'save', ws, '--out', out('none.churndash'), '--lang', 'zh-CN'])).toContain(jobsZhCN.reasons.dashboardNoneSaved);
    expect(existsSync(out('none.churndash'))).toBe(false);
  });

  it('--template saves a copy named in --lang once, and packages it as a file the viewer opens', () => {
    const first = save(['--template', 'cockpit', '--lang', 'zh-CN', '--out', out('cockpit')]);
    const name = dashboardsZhCN.templates.names.cockpit;
    expect(first.path).toBe(out('cockpit.churndash'));
    expect(first.manifest.dashboardNames).toEqual([name]);
    expect(first.manifest.kAnonymity).toBe(5);
    expect(first.manifest.includeDetail).toBe(false);
    const again = save(['--template', 'cockpit', '--lang', 'zh-CN', '--out', out('cockpit-2.churndash')]);
    expect(again.manifest.dashboardNames).toEqual([name]);
    expect(list().dashboards.map((d) => [d.name, d.template, d.widgetCount])).toEqual([[name, 'cockpit', templateSpec('cockpit').widgets.length]]);

    // The manifest's row counts are the file's, and the customer cube still counts every customer (k merges groups, never drops them).
    const file = new Database(first.path, { readonly: true });
    try {
      for (const table of first.manifest.tables) expect(file.prepare(`SELECT count(*) FROM "${table.name}"`).pluck().get(), table.name).toBe(table.rows);
      expect(file.prepare('SELECT sum(_customers) FROM cube_customer').pluck().get()).toBe(workspaceSql('SELECT count(*) FROM customer_mart'));
    } finally {
      file.close();
    }
    const opened = runCli(['call', 'viewer.open', JSON.stringify({ path: first.path })]);
    expect(opened.code, opened.stdout).toBe(0);
    const info = (JSON.parse(opened.stdout) as { result: { dashboards: { name: string }[]; manifest: DashboardFileManifest } }).result;
    expect(info.dashboards.map((d) => d.name)).toEqual([name]);
    expect(info.manifest.checksum).toBe(first.manifest.checksum);
  });

  it('packages one dashboard by name or id with --k and --include-detail, or every saved one', () => {
    const mine = runCli(['call', '--workspace', ws, 'dashboard.save', JSON.stringify({ name: 'Mine', spec: templateSpec('monthly') })]);
    expect(mine.code, mine.stdout).toBe(0);
    const byName = save(['mine', '--k', '1', '--include-detail', '--out', out('mine.churndash')]);
    expect(byName.manifest.dashboardNames).toEqual(['Mine']);
    expect(byName.manifest.kAnonymity).toBe(1);
    expect(byName.manifest.includeDetail).toBe(true);
    const id = list().dashboards.find((d) => d.name === 'Mine')?.id;
    expect(save([String(id), '--out', out('by-id.churndash')]).manifest.dashboardNames).toEqual(['Mine']);
    const all = save(['--out', out('all.churndash')]);
    expect([...all.manifest.dashboardNames].sort()).toEqual([dashboardsZhCN.templates.names.cockpit, 'Mine'].sort());
    // The English template name is another copy: the name is the language's.
    expect(save(['--template', 'monthly', '--out', out('monthly.churndash')]).manifest.dashboardNames).toEqual([dashboardsEn.templates.names.monthly]);
  });

  it('exits non-zero with one line naming an unknown dashboard, a bad --k, a missing --out or an unknown action', () => {
    expect(oneLineError(['dashboard', 'save', ws, 'Nobody', '--out', out('x.churndash')])).toContain('Nobody');
    expect(oneLineError(['dashboard', 'save', ws, '--k', '0', '--out', out('x.churndash')])).toContain('--k');
    expect(oneLineError(['dashboard', 'save', ws])).toContain('--out');
    expect(oneLineError(['dashboard', 'save', ws, 'Mine', '--template', 'cockpit', '--out', out('x.churndash')])).toContain('--template');
    expect(oneLineError(['dashboard', 'show', ws])).toContain('show');
    // `serve` given a file that is no dashboard file stops before listening, with the viewer's reason.
    writeFileSync(out('junk.churndash'), 'not a database');
    expect(oneLineError(['serve', out('junk.churndash'), '--port', '0'])).toMatch(/junk\.churndash/);
    expect(existsSync(out('x.churndash'))).toBe(false);
  });
});
