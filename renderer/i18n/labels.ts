// Plain-language names for what the engine reports by id: features (including the design
// columns a model derives from them), bilingual items, and localized reason types.
import { featureSpec } from '../../shared/scoring/feature-catalog';
import type { Locale } from '../../shared/i18n/locales';

/** Items the engine labels in both languages (coefficients, reasons, dimensions). */
export function pick(item: { en: string; zh: string }, locale: Locale): string {
  return (locale === 'zh-CN' ? item.zh : item.en) || item.en || item.zh;
}

const MISSING_SUFFIX = '__missing';

/**
 * A model feature id for display: catalog features by their label, `x__missing` as
 * "x (missing)", one-hot `column=level` as "column: level", `attr:key` as the key.
 * `otherName` names sources outside the catalog (customer columns) when it can.
 */
export function featureLabel(id: string, locale: Locale, otherName: (source: string) => string | null = () => null): string {
  const spec = featureSpec(id);
  if (spec) return pick(spec, locale);
  if (id.endsWith(MISSING_SUFFIX)) {
    const base = featureLabel(id.slice(0, -MISSING_SUFFIX.length), locale, otherName);
    return locale === 'zh-CN' ? `${base}（缺失）` : `${base} (missing)`;
  }
  const eq = id.indexOf('=');
  if (eq > 0) {
    const source = id.slice(0, eq);
    const level = id.slice(eq + 1);
    const shownLevel = level === '(other)' ? (locale === 'zh-CN' ? '其他' : 'other') : level;
    return `${featureLabel(source, locale, otherName)}${locale === 'zh-CN' ? '：' : ': '}${shownLevel}`;
  }
  const source = id.replace(/^(attr|cat):/, '');
  return otherName(source) ?? source;
}
