// Saving and deleting warning rules (service thread, short writes). A rule is compiled against
// the workspace's catalog and saved segments before it is stored: a QueryError (unknown field,
// operator that does not fit, segment gone) reaches the caller as invalidQuery, as segment.save
// does. Names are unique ignoring ASCII case; a built-in keeps its code when renamed.
import { AppError } from '../../../shared/contract/errors';
import type { OperationParsedInput } from '../../../shared/contract/operations';
import type { WarningRule } from '../../../shared/contract/domains/warnings';
import type { Db } from '../../store/database';
import { customerFilterContext } from '../../store/segments/filter-context';
import { deleteRuleRow, insertRuleRow, ruleRow, ruleRowByName, updateRuleRow } from '../../store/warnings/rule-rows';
import { compileRule } from '../../store/warnings/rule-where';
import { describeRule } from '../../store/warnings/rules';
import { resources } from '../../../shared/i18n/resources';
import { locales } from '../../../shared/i18n/locales';
import type { BuiltinWarningRule } from '../../../shared/contract/domains/warnings';

/**
 * The pages send a built-in rule back with the name and description they showed (its translation
 * in the analyst's language). Stored as such, the rule would keep that language for good; so a
 * text equal to the built-in's own words in either language stays unstored and translated.
 */
function ownWords(builtin: BuiltinWarningRule | null, field: 'name' | 'description', text: string): string | null {
  if (builtin === null) return text;
  const translated = locales.map((l) => resources[l]['warning-words'].builtin[builtin][field].trim());
  return translated.includes(text.trim()) ? null : text;
}

export function warningRuleNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', `warning rule ${id} does not exist`, { reason: 'warningRuleNotFound', params: { id } });
}

export function saveWarningRule(db: Db, input: OperationParsedInput<'warning.saveRule'>): WarningRule {
  // Throws the QueryError that names what does not compile (the service maps it to invalidQuery).
  compileRule({ target: input.target, condition: input.condition }, customerFilterContext(db));
  const id = db.transaction(() => {
    const existing = input.id === undefined ? undefined : ruleRow(db, input.id);
    if (input.id !== undefined && !existing) throw warningRuleNotFound(input.id);
    const builtin = (existing?.builtin ?? null) as BuiltinWarningRule | null;
    const name = ownWords(builtin, 'name', input.name);
    const other = name === null ? undefined : ruleRowByName(db, name);
    if (other && other.id !== existing?.id) {
      throw new AppError('INVALID_INPUT', `a warning rule named ${input.name} already exists`, { reason: 'warningRuleNameTaken', params: { name: input.name } });
    }
    const row = {
      name,
      description: ownWords(builtin, 'description', input.description) ?? '',
      target: JSON.stringify(input.target),
      condition: JSON.stringify(input.condition),
      severity: input.severity,
      enabled: input.enabled,
    };
    const now = new Date().toISOString();
    if (!existing) return insertRuleRow(db, { ...row, name: input.name }, now);
    updateRuleRow(db, existing.id, row, now);
    return existing.id;
  })();
  return describeRule(db, id)!;
}

export function deleteWarningRule(db: Db, id: number): { deleted: boolean } {
  if (!deleteRuleRow(db, id)) throw warningRuleNotFound(id);
  return { deleted: true };
}
