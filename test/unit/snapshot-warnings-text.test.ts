// Issue 10 §4/§6 wording, renderer-free: snapshot warnings as the app and the CLI print them in
// both languages (params filled in, no placeholder left), the churn-probability note chosen from
// a snapshot's warnings, and the training advice read from a refusal.
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/contract/errors';
import { firstModelFailed, snapshotWarningCodes, type SnapshotWarning } from '../../shared/contract/domains/snapshot-warnings';
import { namespaces, resources } from '../../shared/i18n/resources';
import { churnSkipWarning, snapshotWarningText } from '../../renderer/components/snapshot-warning-text';
import { trainingAdvice } from '../../renderer/features/models/training-advice';
import { cliLang, warningText } from '../../electron/hosts/cli/warning-text';

async function translator(lng: 'en' | 'zh-CN') {
  const i18n = createInstance();
  await i18n.init({ resources, ns: [...namespaces], defaultNS: 'translation', lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return i18n.t;
}

/** One warning of every code, with every param its label names. */
const samples: SnapshotWarning[] = snapshotWarningCodes.map((code) => ({
  code,
  params: { min: 50, customers: 120, count: 7, model: 'BG/NBD', churned: 3, retained: 410, needed: 20, horizon: 90 },
}));

describe('snapshot warnings in words', () => {
  it.each(['en', 'zh-CN'] as const)('%s: every code has a label in the app and the CLI, filled in', async (lng) => {
    const t = await translator(lng);
    for (const w of samples) {
      const app = snapshotWarningText(w, t);
      expect(app, w.code).not.toMatch(/\{\{|warnings\./);
      expect(warningText(w, lng), w.code).toBe(app);
    }
    const zh = snapshotWarningText({ code: 'bgnbdFittedAsNbd' }, t);
    expect(zh).toMatch(lng === 'en' ? /fitted as NBD \(no dropout\)/ : /按 NBD 拟合/);
  });

  it('a first model refused for too few churners becomes churnModelSkipped with the counts', () => {
    const error = new AppError('INVALID_INPUT', 'too few', { reason: 'tooFewChurnersInWindow', params: { churned: 3, retained: 410, needed: 20, horizon: 90 } });
    const w = firstModelFailed(error);
    expect(w).toEqual({ code: 'churnModelSkipped', params: { churned: 3, retained: 410, needed: 20, horizon: 90 } });
    expect(warningText(w, 'en')).toContain('3 churned and 410 retained customers in the 90-day windows, at least 20 of each');
    // Without time windows the reason's own label, with its counts, follows the warning.
    const flagged = firstModelFailed(new AppError('INVALID_INPUT', 'too few', { reason: 'tooFewChurnersFlagged', params: { churned: 0, retained: 50, needed: 20 } }));
    expect(warningText(flagged, 'zh-CN')).toContain('共有 0 位流失、50 位留存');
    expect(cliLang('zh_cn')).toBe('zh-CN');
    expect(cliLang(undefined)).toBe('en');
  });

  it('the churn-probability note: the snapshot’s churn warning, "no model" without one, nothing with probabilities', () => {
    const skipped: SnapshotWarning = { code: 'churnModelSkipped', params: { churned: 3, retained: 9, needed: 20, horizon: 90 } };
    expect(churnSkipWarning({ modelRunId: null, warnings: [{ code: 'bgnbdFittedAsNbd' }, skipped] })).toEqual(skipped);
    expect(churnSkipWarning({ modelRunId: null, warnings: [] })).toEqual({ code: 'noChurnModel' });
    expect(churnSkipWarning({ modelRunId: 4, warnings: [{ code: 'bgnbdFittedAsNbd' }] })).toBeNull();
    expect(churnSkipWarning(undefined)).toBeNull();
  });

  it('training advice is read from a refusal, and only from one', () => {
    const refusal = new AppError('INVALID_INPUT', 'too few', {
      reason: 'tooFewChurnersInWindow',
      params: { churned: 4, retained: 300, needed: 20, horizon: 90, suggestedHorizon: 30, suggestedFlag: 'lapsed' },
    });
    expect(trainingAdvice(refusal)).toEqual({ churned: 4, retained: 300, needed: 20, horizon: 30, flag: 'lapsed' });
    expect(trainingAdvice(new AppError('INVALID_INPUT', 'x', { reason: 'tooFewChurnersFlagged', params: { churned: 0, retained: 9, needed: 20 } }))).toMatchObject({
      horizon: null,
      flag: null,
    });
    expect(trainingAdvice(new AppError('INVALID_INPUT', 'x', { reason: 'noUsableFeatures' }))).toBeNull();
    expect(trainingAdvice(null)).toBeNull();
  });
});
