// The call list written from a real workspace's customer mart and read back by second readers:
// SheetJS for the xlsx (headers, values, numbers as numbers, frozen header, auto-filter, number
// formats, neutralised text, the cell limit), iconv-lite for the CSV (UTF-8 with BOM, GB18030,
// RFC 4180 quoting, CRLF), LibreOffice when installed. Cancelling leaves no file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import type { Workspace } from '../../electron/store/workspace';
import { writeCallList, type CallListRequest } from '../../electron/export/call-list/write-call-list';
import { resources } from '../../shared/i18n/resources';
import { EXCEL_CELL_MAX } from '../../shared/export/neutralise';
import { tempDir } from '../support/temp';
import { compileMembers, FIXTURE_FILTER, FIXTURE_MEMBERS, fixtureWorkspace, HOSTILE_FORMULA, LONG_NAME } from './call-list-fixture';

const zh = resources['zh-CN']['call-list'];
const en = resources.en['call-list'];
const zhFields = resources['zh-CN'].catalog.fields;
const zhTypes = resources['zh-CN'].scoring.reasonTypes;

describe('call-list export', () => {
  const t = tempDir();
  let ws: Workspace;
  const run = (file: string, request: Partial<CallListRequest> = {}) =>
    writeCallList(ws.db, { where: compileMembers(ws.db, FIXTURE_FILTER), format: 'xlsx', encoding: 'utf8', language: 'zh-CN', path: join(t.dir, file), ...request });

  beforeAll(async () => {
    ws = await fixtureWorkspace(t.dir);
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  describe('xlsx read back with SheetJS', () => {
    let sheet: XLSX.WorkSheet;
    let rows: unknown[][];
    let sheetXml: string;
    let stylesXml: string;
    let rowsWritten = 0;

    beforeAll(async () => {
      const progress: [number, number][] = [];
      // Two-row pages: the keyset paging crosses page boundaries in this small list too.
      rowsWritten = (await run('list.xlsx', { pageRows: 2, onProgress: (done, total) => progress.push([done, total]) })).rows;
      expect(progress.at(-1)).toEqual([FIXTURE_MEMBERS.length, FIXTURE_MEMBERS.length]);
      const book = XLSX.read(readFileSync(join(t.dir, 'list.xlsx')), { cellStyles: true, bookFiles: true });
      sheet = book.Sheets[book.SheetNames[0]!]!;
      expect(book.SheetNames).toEqual([zh.sheetName]);
      rows = XLSX.utils.sheet_to_json(sheet, { header: 1, raw: true, defval: null });
      const files = (book as XLSX.WorkBook & { files: Record<string, { content: Uint8Array | string }> }).files;
      const text = (name: string) => {
        const entry = files[name]!;
        return typeof entry.content === 'string' ? entry.content : Buffer.from(entry.content).toString('utf8');
      };
      sheetXml = text('xl/worksheets/sheet1.xml');
      stylesXml = text('xl/styles.xml');
    });

    it('has the headers in the analyst’s language, contact columns by their imported names, and one row per member', () => {
      const c = zh.columns;
      expect(rows[0]).toEqual([
        c.customerId,
        c.name,
        c.owner,
        c.region,
        c.city,
        '手机',
        'Email',
        'wechat id',
        c.lifecycle,
        c.tier,
        c.healthScore,
        c.churnProbability,
        c.reason1,
        c.reason2,
        c.reason3,
        c.valueTier,
        c.valueRisk,
        c.clv,
        c.suggestedAction,
      ]);
      expect(rowsWritten).toBe(FIXTURE_MEMBERS.length);
      expect(rows.slice(1).map((r) => r[0])).toEqual(FIXTURE_MEMBERS.map((m) => m.customer_id));
    });

    it('writes labels, numbers as numbers, top three reasons and the suggested action', () => {
      const first = rows[1]!;
      expect(first.slice(0, 5)).toEqual(['C001', '张伟', '李经理', '华东', '上海']);
      // A phone stored as a JSON number is written as text: no digit lost to a number format.
      expect(first[5]).toBe('13800138000');
      expect(first[6]).toBe('zhang@example.cn');
      expect(first[7]).toBe(`'${HOSTILE_FORMULA}`);
      expect(first.slice(8, 10)).toEqual(['活跃', '高风险']);
      expect(first[10]).toBe(35.5);
      expect(first[11]).toBe(0.83);
      expect(first.slice(12, 15)).toEqual([
        `${zhTypes.service}：${zhFields.satisfaction_avg}`,
        `${zhTypes.engagement}：${zhFields.recency_days}`,
        `${zhTypes.price}：${zhFields.price_signals_90d}`,
      ]);
      expect(first.slice(15, 18)).toEqual(['高', '流失预警客户', 12345.678]);
      expect(first[18]).toBe(zh.actions.serviceRecoveryCall);
      expect(sheet['K2']).toMatchObject({ t: 'n' });
      expect(sheet['L2']).toMatchObject({ t: 'n', z: '0.0%' });
      expect(sheet['R2']).toMatchObject({ t: 'n', z: '"¥"#,##0.00' });
      // Not scored: empty score cells, and the owner decides.
      const unscored = rows.find((r) => r[0] === 'C005')!;
      expect(unscored.slice(8, 18).every((v) => v === null)).toBe(true);
      expect(unscored[18]).toBe(zh.actions.manualReview);
    });

    it('neutralises every text cell a spreadsheet would run as a formula, and cuts text at the cell limit', () => {
      const second = rows[2]!;
      expect(second.slice(1, 5)).toEqual(["'@SUM(1)", "'+1", "'-1", "'\tTab"]);
      expect(second[5]).toBe("'+86 139 0000 0000");
      expect(second[6]).toBe(`'=HYPERLINK("http://evil.example")`);
      const third = rows[3]!;
      expect(third.slice(1, 5)).toEqual(["'\rCR", "'\nLF", "'|pipe", "'%pct"]);
      const long = rows[4]![1] as string;
      expect(long.length).toBe(EXCEL_CELL_MAX);
      expect(LONG_NAME.startsWith(long)).toBe(true);
      // No cell of the workbook is a formula.
      expect(sheetXml).not.toContain('<f>');
      for (const row of rows.slice(1)) for (const v of row) if (typeof v === 'string') expect(/^[=+\-@|%\t\r\n]/.test(v)).toBe(false);
    });

    it('freezes the header row, filters it, and styles it', () => {
      expect(sheet['!autofilter']).toEqual({ ref: 'A1:S1' });
      expect(sheetXml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(sheetXml).toContain('<autoFilter ref="A1:S1"');
      expect(sheet['A1']).toMatchObject({ s: { patternType: 'solid', fgColor: { rgb: 'DCE6F2' } } });
      expect(sheetXml).toMatch(/<row r="1" ht="22" customHeight="1"/);
      // A Chinese font with the charset and family hints that pick a CJK sans font where it is missing; bold in the header.
      expect(stylesXml).toMatch(/<font><b\/><charset val="134"\/><family val="2"\/><sz val="10"\/><name val="Microsoft YaHei"\/><\/font>/);
      expect(stylesXml).toContain('<border><left style="thin">');
      const cols = sheet['!cols'] ?? [];
      expect(cols).toHaveLength(19);
      for (const col of cols) expect(col.width ?? 0).toBeGreaterThanOrEqual(10);
      // CJK counts double: the reason column is wider than the customer id column.
      expect(cols[12]!.width!).toBeGreaterThan(cols[0]!.width!);
    });
  });

  it('writes English headers and actions when asked', async () => {
    await run('list-en.xlsx', { language: 'en' });
    const book = XLSX.read(readFileSync(join(t.dir, 'list-en.xlsx')));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[en.sheetName]!, { header: 1, defval: null });
    expect(rows[0]![0]).toBe(en.columns.customerId);
    expect(rows[1]![12]).toBe(`${resources.en.scoring.reasonTypes.service}: ${resources.en.catalog.fields.satisfaction_avg}`);
    expect(rows[1]![18]).toBe(en.actions.serviceRecoveryCall);
    expect(rows[2]![18]).toBe(en.actions.retentionPlan);
  });

  it('writes CSV as UTF-8 with a BOM, RFC 4180 quoting and CRLF line ends', async () => {
    await run('list.csv', { format: 'csv' });
    const bytes = readFileSync(join(t.dir, 'list.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.startsWith(`${zh.columns.customerId},${zh.columns.name},`)).toBe(true);
    // Neutralised, and not quoted: RFC 4180 quotes only commas, quotes and line breaks.
    expect(text).toContain(`\r\nC001,张伟,李经理,华东,上海,13800138000,zhang@example.cn,'=cmd|' /C calc'!A0,活跃,高风险,35.5,0.83,`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain(`"'\rCR","'\nLF",'|pipe,'%pct`);
    expect(text).toContain(`"Ann ""the, closer"""`);
    // Read back by SheetJS as a spreadsheet would: the same cells, none a formula.
    const book = XLSX.read(text, { type: 'string' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, defval: null, raw: false });
    expect(rows.length).toBe(FIXTURE_MEMBERS.length + 1);
    expect(rows[2]!.slice(1, 4)).toEqual(["'@SUM(1)", "'+1", "'-1"]);
  });

  it('writes CSV in GB18030 on request, decoding back to the same text', async () => {
    await run('list-utf8.csv', { format: 'csv' });
    await run('list-gb.csv', { format: 'csv', encoding: 'gb18030' });
    const gb = readFileSync(join(t.dir, 'list-gb.csv'));
    expect([...gb.subarray(0, 2)]).not.toEqual([0xef, 0xbb]);
    const decoded = iconv.decode(gb, 'gb18030');
    expect(decoded).toBe(readFileSync(join(t.dir, 'list-utf8.csv')).subarray(3).toString('utf8'));
    // 张 in GB18030 is D5 C5: the file is not UTF-8 in disguise.
    expect(gb.includes(Buffer.from([0xd5, 0xc5]))).toBe(true);
  });

  it('writes only the header for an empty list', async () => {
    const result = await writeCallList(ws.db, {
      where: compileMembers(ws.db, { kind: 'condition', field: 'region', op: '=', value: '不存在' }),
      format: 'xlsx',
      encoding: 'utf8',
      language: 'zh-CN',
      path: join(t.dir, 'empty.xlsx'),
    });
    expect(result.rows).toBe(0);
    const book = XLSX.read(readFileSync(join(t.dir, 'empty.xlsx')));
    expect(XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[zh.sheetName]!, { header: 1 })).toHaveLength(1);
  });

  it('leaves no file, partial or final, when cancelled', async () => {
    const controller = new AbortController();
    const before = readdirSync(t.dir).length;
    const attempt = run('cancelled.xlsx', { pageRows: 1, signal: controller.signal, onProgress: (done) => (done >= 2 ? controller.abort() : undefined) });
    await expect(attempt).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(existsSync(join(t.dir, 'cancelled.xlsx'))).toBe(false);
    expect(readdirSync(t.dir).length).toBe(before);
  });

  it('replaces an existing file only with a complete one', async () => {
    await run('again.csv', { format: 'csv' });
    const first = readFileSync(join(t.dir, 'again.csv'));
    const controller = new AbortController();
    controller.abort();
    await expect(run('again.csv', { format: 'csv', signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readFileSync(join(t.dir, 'again.csv'))).toEqual(first);
  });

  const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0);
  it.skipIf(!soffice)('opens in LibreOffice (converted to CSV, hostile cells stay text)', () => {
    const out = join(t.dir, 'lo');
    const r = spawnSync(soffice!, ['--headless', '--convert-to', 'csv', '--outdir', out, join(t.dir, 'list.xlsx')], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const csv = readFileSync(join(out, 'list.csv'), 'utf8');
    expect(csv).toContain('C001');
    expect(csv).toContain(`'=cmd|' /C calc'!A0`);
    expect(csv).not.toContain('calc.exe');
  });
});
