// Warnings over every host, on the hand workspace (test/support/hand-scores.ts: churn probability
// A .8, D .6, E .4 unscored health, B .1, C churned; every customer's owner 赵敏): rules listed,
// saved (names unique ignoring case, conditions compiled: invalidQuery) and deleted; the
// evaluate job raising exactly the customers a rule names (equality at the threshold fires, the
// churned and unscored never do), holding them on a second run; the inbox's list, summary,
// update with undo; the list by owner as a file (the browser host: a download); and
// warning.notify answered desktopOnly outside the desktop app's main process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../electron/service/service';
import { rebuildMartProfiles } from '../../electron/store/mart/build-mart';
import { openWorkspace } from '../../electron/store/workspace';
import type { WarningEvaluation, WarningRow, WarningRule, WarningSummary } from '../../shared/contract/domains/warnings';
import type { OperationOutput } from '../../shared/contract/operations';
import type { FilterNode } from '../../shared/query';
import { seedHandCases } from '../support/hand-cases';
import { seedHandScores } from '../support/hand-scores';
import { tempDir } from '../support/temp';
import { allTransports } from './all-transports';
import type { Transport } from './transports';

const RISKY: FilterNode = { kind: 'condition', field: 'churn_probability', op: '>=', value: 0.6 };
/** Would take E (0.4) and C (churned) if the rule alone decided. */
const WIDE: FilterNode = { kind: 'condition', field: 'churn_probability', op: '>=', value: 0.3 };

for (const [label, connect] of allTransports) {
  describe(`warnings over ${label}`, () => {
    const t = tempDir();
    const path = join(t.dir, 'warn.churn');
    let service: Service;
    let api: Transport;
    const browser = label === 'HTTP host';
    const ok = async <T>(name: string, input: unknown): Promise<T> => {
      const r = await api.invoke(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
      return r.result as T;
    };
    let risky: WarningRule;

    beforeAll(async () => {
      const ws = await openWorkspace(path, { create: true });
      seedHandCases(ws.db);
      seedHandScores(ws.db);
      rebuildMartProfiles(ws.db);
      ws.close();
      service = createService(undefined, { workspaceFolder: t.dir });
      api = await connect(service, t.dir);
      const opened = await api.invoke('workspace.openNamed', { name: 'warn' });
      if (!opened.ok) throw new Error(opened.error.message);
    }, 60_000);
    afterAll(async () => {
      await api.close();
      service.close();
      t.cleanup();
    });

    it('lists the three built-in rules and saves, refuses and compiles new ones', async () => {
      const { rules } = await ok<{ rules: WarningRule[] }>('warning.rules', {});
      expect(rules.map((r) => [r.builtin, r.severity, r.problem, r.open])).toEqual([
        ['lowHealthHighValue', 'high', null, 0],
        ['scoreDrop', 'medium', null, 0],
        ['overdueCycle', 'medium', null, 0],
      ]);
      // The page sends a built-in back with the words it showed: switched off in Chinese, it keeps
      // no stored name (still translated in English); renamed, it keeps the new name.
      const builtin = rules[1]!;
      const off = await ok<WarningRule>('warning.saveRule', {
        id: builtin.id,
        name: '健康度骤降',
        description: '健康度较上次快照下降 15 分及以上',
        condition: builtin.condition,
        enabled: false,
      });
      expect(off).toMatchObject({ id: builtin.id, builtin: 'scoreDrop', name: null, description: '', enabled: false });
      const renamed = await ok<WarningRule>('warning.saveRule', { id: builtin.id, name: 'Score fell', condition: builtin.condition, enabled: true });
      expect(renamed).toMatchObject({ builtin: 'scoreDrop', name: 'Score fell', enabled: true });
      await ok('warning.saveRule', { id: builtin.id, name: 'Health score dropped', condition: builtin.condition });
      risky = await ok<WarningRule>('warning.saveRule', { name: 'Risky', condition: RISKY, severity: 'high' });
      expect(risky).toMatchObject({ name: 'Risky', builtin: null, target: { kind: 'all' }, condition: RISKY, severity: 'high', enabled: true, problem: null });
      expect(await api.invoke('warning.saveRule', { name: 'RISKY', condition: RISKY })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', reason: 'warningRuleNameTaken', params: { name: 'RISKY' } },
      });
      expect(await api.invoke('warning.saveRule', { name: 'Bad', condition: { kind: 'condition', field: 'no_such', op: '=', value: 1 } })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', reason: 'invalidQuery', params: { queryError: 'UNKNOWN_FIELD' } },
      });
      expect(await api.invoke('warning.saveRule', { name: 'Seg', target: { kind: 'segment', segmentId: 77 }, condition: RISKY })).toMatchObject({
        ok: false,
        error: { reason: 'invalidQuery', params: { queryError: 'UNKNOWN_SEGMENT' } },
      });
      expect(await api.invoke('warning.saveRule', { id: 999, name: 'Ghost', condition: RISKY })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', reason: 'warningRuleNotFound', params: { id: 999 } },
      });
    });

    it('evaluates: raises the customers the rule names once, never the churned or unscored, and holds them', async () => {
      const wide = await ok<WarningRule>('warning.saveRule', { name: 'Wide', condition: WIDE, severity: 'low' });
      const first = await ok<WarningEvaluation>('warning.evaluate', {});
      // Risky: A (0.8) and D (0.6, at the threshold); Wide: A and D again (E has no health score, C churned).
      expect(first).toMatchObject({ snapshotId: 2, asOf: '2024-06-30', raised: 4, raisedBySeverity: { high: 2, medium: 0, low: 2 }, expired: 0, held: 0, skipped: [] });
      const again = await ok<WarningEvaluation>('warning.evaluate', {});
      expect(again).toMatchObject({ raised: 0, held: 4, expired: 0 });
      expect(await ok('warning.deleteRule', { id: wide.id })).toEqual({ deleted: true });
      expect(await api.invoke('warning.deleteRule', { id: wide.id })).toMatchObject({ ok: false, error: { reason: 'warningRuleNotFound' } });
      const summary = await ok<WarningSummary>('warning.summary', {});
      expect(summary).toMatchObject({ open: 2, acknowledged: 0, bySeverity: { high: 2, medium: 0, low: 0 }, raisedLast: 4, evaluatedOn: '2024-06-30', snapshotId: 2 });
      // The newest run alone raised nothing new (it held the four): a notification would not fire.
      expect(summary.lastRun).toMatchObject({ raised: 0, high: 0 });
    });

    it('lists the inbox and acknowledges, resolves and undoes', async () => {
      const list = await ok<OperationOutput<'warning.list'>>('warning.list', {});
      expect(list).toMatchObject({ total: 2, owners: ['赵敏'], asOf: '2024-06-30' });
      expect(list.rows.map((r: WarningRow) => [r.customerId, r.customerName, r.ruleName, r.state, r.owner, r.assignee, r.healthScore, r.churnProbability, r.isNew]).sort()).toEqual(
        [
          ['A', '张伟', 'Risky', 'open', '赵敏', '赵敏', 35, 0.8, true],
          ['D', '王芳', 'Risky', 'open', '赵敏', '赵敏', 20, 0.6, true],
        ],
      );
      const a = list.rows.find((r) => r.customerId === 'A')!;
      const ack = await ok<OperationOutput<'warning.update'>>('warning.update', { selection: { ids: [a.id] }, action: 'acknowledge' });
      expect(ack).toEqual({ updated: 1, previous: [{ id: a.id, state: 'open', assignee: '赵敏', note: '' }] });
      const resolved = await ok<OperationOutput<'warning.update'>>('warning.update', { selection: { filter: { customerId: 'D' } }, action: 'resolve', note: '已回访' });
      expect(resolved.updated).toBe(1);
      expect(await ok('warning.summary', {})).toMatchObject({ open: 0, acknowledged: 1 });
      expect(await ok('warning.restore', { previous: [...ack.previous, ...resolved.previous] })).toEqual({ restored: 2 });
      expect(await ok('warning.summary', {})).toMatchObject({ open: 2, acknowledged: 0 });
      expect(await api.invoke('warning.update', { selection: { ids: [] }, action: 'acknowledge' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    });

    it('writes the list by owner (a download in the browser host)', async () => {
      const input = { filter: {}, language: 'en' };
      const answer = await ok<OperationOutput<'warning.exportByOwner'>>('warning.exportByOwner', browser ? input : { ...input, path: t.dir });
      expect(answer).toMatchObject({ rows: 2, sheets: [{ name: '赵敏', owner: '赵敏', rows: 2 }] });
      expect(answer.fileName).toMatch(/^High-risk list by owner.*\.xlsx$/);
      if (browser) {
        expect(answer.path).toBeNull();
        expect(answer.downloadId).toEqual(expect.any(String));
        expect(await api.invoke('warning.exportByOwner', { ...input, path: join(t.dir, 'evil.xlsx') })).toMatchObject({ ok: false, error: { reason: 'exportPathRefused' } });
      } else {
        expect(answer.downloadId).toBeNull();
        // An xlsx is a zip.
        expect(readFileSync(answer.path!).subarray(0, 2).toString()).toBe('PK');
      }
    });

    it('answers warning.notify with desktopOnly', async () => {
      expect(await api.invoke('warning.notify', { raised: 1, high: 0, language: 'en' })).toMatchObject({ ok: false, error: { reason: 'desktopOnly' } });
    });
  });
}
