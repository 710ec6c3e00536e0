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
  return useCallback((rule: RuleNaming) => rule.name ?? (rule.builtin ? t(`builtin.${rule.builtin}.name`, { defaultValue: rule.builtin }) : ''), [t]);
}

/** A rule's description: its own, else a built-in's translated one. */
export function useRuleDescription(): (rule: RuleNaming & { readonly description: string }) => string {
  const { t } = useTranslation('warning-words');
  return useCallback(
    (rule: RuleNaming & { readonly description: string }) => rule.description || (rule.builtin ? t(`builtin.${rule.builtin}.description`, { defaultValue: '' }) : ''),
    [t],
  );
}
