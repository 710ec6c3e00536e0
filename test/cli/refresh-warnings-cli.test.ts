// `churn-cockpit refresh` on a real export whose models cannot all run (TB2018.xls: every buyer
// bought once, a year of history): exit 0, the snapshot printed, and one line per skipped part
// in English by default or in Chinese with --lang zh-CN. Skipped when ../shared/data is absent.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';
import { tempDir } from '../support/temp';
import { dataDir, hasData } from '../unit/import/helpers';

describe.skipIf(!hasData)('refresh prints what it skipped, translated', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it('English by default, Chinese with --lang zh-CN, one line per warning', () => {
    const ws = join(t.dir, 'tb.churn');
    expect(runCli(['import', ws, join(dataDir, 'cn-taobao-orders', '04', '48', 'TB2018.xls')]).code).toBe(0);
    const en = runCli(['refresh', ws]);
    expect(en.code, en.stderr).toBe(0);
    const enLines = en.stdout.split('\n').filter((l) => l.startsWith('warning'));
    expect(enLines.some((l) => /none of the \d+ customers bought again/.test(l))).toBe(true);
    const zh = runCli(['refresh', ws, '--lang', 'zh-CN']);
    expect(zh.code, zh.stderr).toBe(0);
    const zhLines = zh.stdout.split('\n').filter((l) => l.startsWith('warning'));
    expect(zhLines).toHaveLength(enLines.length);
    expect(zhLines.some((l) => /位客户中没有人复购/.test(l))).toBe(true);
    expect(zh.stdout).not.toMatch(/\{\{/);
  });
});
