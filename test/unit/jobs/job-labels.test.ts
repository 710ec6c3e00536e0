// Every code the contract sends for the UI to word — progress phases, error reasons, snapshot
// warnings — has a label in English and in Chinese, and both fill in the same params.
import { describe, expect, it } from 'vitest';
import { errorReasons, type ErrorReason } from '../../../shared/contract/error-reasons';
import { jobPhases, type JobPhase } from '../../../shared/contract/job-phases';
import { snapshotWarningCodes, type SnapshotWarningCode } from '../../../shared/contract/domains/snapshot-warnings';
import type { Locale } from '../../../shared/i18n/locales';
import { resources } from '../../../shared/i18n/resources';

// Typed: a code added to a list without a label in a language does not compile.
const labels = (locale: Locale): { phases: Record<JobPhase, string>; reasons: Record<ErrorReason, string>; warnings: Record<SnapshotWarningCode, string> } =>
  resources[locale].jobs;

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

const lists = [
  ['phases', jobPhases],
  ['reasons', errorReasons],
  ['warnings', snapshotWarningCodes],
] as const;

describe('job labels', () => {
  for (const [group, codes] of lists) {
    it(`labels every ${group} code in both languages, with the same params`, () => {
      const en = labels('en')[group] as Record<string, string>;
      const zh = labels('zh-CN')[group] as Record<string, string>;
      for (const code of codes) {
        expect(en[code]?.trim(), `en ${group}.${code}`).toBeTruthy();
        expect(zh[code]?.trim(), `zh-CN ${group}.${code}`).toBeTruthy();
        expect(zh[code], `zh-CN ${group}.${code} is not translated`).not.toBe(en[code]);
        expect(placeholders(zh[code]!), `${group}.${code} params`).toEqual(placeholders(en[code]!));
      }
      // Nothing labelled that the contract cannot send.
      expect(Object.keys(en).sort()).toEqual([...codes].sort());
      expect(Object.keys(zh).sort()).toEqual([...codes].sort());
    });
  }

  it('names the params the runtime and the engines send', () => {
    expect(placeholders(labels('en').phases.queued)).toEqual(['position']);
    expect(placeholders(labels('en').phases.loadingTable)).toEqual(['table']);
    expect(placeholders(labels('en').reasons.tooFewChurned)).toEqual(['min']);
    expect(placeholders(labels('en').reasons.workerMissing)).toEqual(['file']);
  });
});
