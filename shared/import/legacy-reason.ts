// Reasons stored as sentences by workspaces older than schema 9 (code 'legacy', the sentence in
// params.text), shown in the reader's language as well as they can be: required-empty reasons
// carry both languages ("English ｜ 中文") and give the reader's half; value-conversion and
// duplicate-key reasons were stored in English only, in a fixed shape, and are put in Chinese
// from that shape. Anything else shows as stored.
import { canonicalTables, isCanonicalTable, type CanonicalTable } from '../domain/canonical-tables';
import { canonicalFieldLabel, canonicalTableLabel } from '../domain/canonical-labels';
import type { Locale } from '../i18n/locales';

/** Between the English and the Chinese half of an old bilingual reason. */
const SEPARATOR = ' ｜ ';

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

/** The half of an old bilingual reason in one language; one-language reasons come back whole. */
function halfIn(stored: string, locale: Locale): string {
  const at = stored.indexOf(SEPARATOR);
  if (at < 0) return stored;
  return locale === 'en' ? stored.slice(0, at) : stored.slice(at + SEPARATOR.length);
}

export function legacyReasonText(stored: string, locale: Locale): string {
  const shown = halfIn(stored, locale);
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
