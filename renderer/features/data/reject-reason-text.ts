// A stored reject reason in the reader's language. Reasons written in both languages carry
// both halves (shared/import/reject-reasons.ts); the value-conversion and duplicate-key reasons
// are still stored in English only, in a fixed shape, and are put in Chinese here from that
// shape (field and table named as the Data page names them). Anything else shows as stored.
import { canonicalTables, isCanonicalTable, type CanonicalTable } from '../../../shared/domain/canonical-tables';
import { canonicalFieldLabel, canonicalTableLabel } from '../../../shared/domain/canonical-labels';
import type { Locale } from '../../../shared/i18n/locales';
import { reasonIn } from '../../../shared/import/reject-reasons';

const NOT_A: Record<string, string> = {
  'an integer': '整数',
  'a number': '数字',
  'a percentage': '百分比',
  'yes/no': '是/否',
  'a date': '日期',
};

const tables: readonly CanonicalTable[] = Object.values(canonicalTables);

function fieldLabel(name: string): string {
  for (const table of tables) {
    const field = table.fields.find((f) => f.name === name);
    if (field && isCanonicalTable(table.name)) return canonicalFieldLabel(table.name, field.name, 'zh-CN');
  }
  return name;
}

function tableLabel(name: string): string {
  return isCanonicalTable(name) ? canonicalTableLabel(name, 'zh-CN') : name;
}

export function rejectReasonText(stored: string, locale: Locale): string {
  const shown = reasonIn(stored, locale);
  if (locale === 'en' || shown !== stored) return shown;
  const conversion = /^([a-z][a-z0-9_]*): not (an integer|a number|a percentage|yes\/no|a date): (.*)$/s.exec(stored);
  if (conversion?.[1] && conversion[2] && conversion[3] !== undefined) {
    return `${fieldLabel(conversion[1])}：不是有效的${NOT_A[conversion[2]] ?? conversion[2]}：${conversion[3]}`;
  }
  const binary = /^([a-z][a-z0-9_]*): binary value$/.exec(stored);
  if (binary?.[1]) return `${fieldLabel(binary[1])}：二进制值无法转换`;
  const duplicate = /^([a-z][a-z0-9_]*)\.([a-z][a-z0-9_]*) (".*") already exists \(in the workspace or earlier in this import\); use upsert to update it$/s.exec(stored);
  if (duplicate?.[1] && duplicate[2] && duplicate[3]) {
    return `${tableLabel(duplicate[1])}中${fieldLabel(duplicate[2])} ${duplicate[3]} 已存在（工作区中或本次导入的前面几行）；要更新已有记录，请选择“按主键更新”`;
  }
  return stored;
}
