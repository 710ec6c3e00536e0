// A warning row in words of one language, for the files and the CLI's table: a rule by its name
// (a built-in nobody renamed by its translated one), severity, state, health tier and top reason
// through the i18n resources, so a sheet and the Warnings page say the same thing.
import type { WarningRow } from '../../../shared/contract/domains/warnings';
import type { Locale } from '../../../shared/i18n/locales';
import { resources } from '../../../shared/i18n/resources';

const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

export interface WarningRowWords {
  rule(row: Pick<WarningRow, 'ruleName' | 'ruleBuiltin' | 'ruleId'>): string;
  severity(code: WarningRow['severity']): string;
  state(code: WarningRow['state']): string;
  tier(code: string | null): string | null;
  reason(code: string | null): string | null;
}

export function warningRowWords(locale: Locale): WarningRowWords {
  const words = resources[locale]['warning-words'];
  const tiers: Record<string, string> = resources[locale].catalog.values.tier;
  const reasons: Record<string, string> = resources[locale].scoring.reasonTypes;
  return {
    rule: (row) => row.ruleName ?? (row.ruleBuiltin ? words.builtin[row.ruleBuiltin].name : `#${row.ruleId}`),
    severity: (code) => words.severity[code],
    state: (code) => words.state[code],
    tier: (code) => (code === null ? null : own(tiers, code) ? tiers[code]! : code),
    reason: (code) => (code === null ? null : own(reasons, code) ? reasons[code]! : code),
  };
}
