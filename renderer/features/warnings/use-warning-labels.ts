// Names the Warnings page shows for codes: a built-in rule's translated name (namespace
// 'warning-words', shared with the xlsx list by owner), a renamed or custom rule's own name.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuiltinWarningRule } from '../../../shared/contract/domains/warnings';

export interface RuleNaming {
  readonly name: string | null;
  readonly builtin: BuiltinWarningRule | null;
}

export function useRuleName(): (rule: RuleNaming) => string {
  const { t } = useTranslation('warning-words');
  return useCallback((rule: RuleNaming) => rule.name ?? (rule.builtin ? t(`builtin.${rule.builtin}`, { defaultValue: rule.builtin }) : ''), [t]);
}
