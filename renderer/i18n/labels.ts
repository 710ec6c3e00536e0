// Plain-language names for what the engine reports by id: features (including the design
// columns a model derives from them). The words come from the i18n resources
// (`catalog:fields.<featureId>`); the engine and the contract carry ids only.
import { featureSpec, type FeatureId } from '../../shared/scoring/feature-catalog';
import type { Locale } from '../../shared/i18n/locales';
import { resources } from '../../shared/i18n/resources';

const MISSING_SUFFIX = '__missing';

/**
 * A model feature id for display: catalog features by their label, `x__missing` as
 * "x (missing)", one-hot `column=level` as "column: level", `attr:key` as the key.
 * `otherName` names sources outside the catalog (customer columns) when it can.
 */
export function featureLabel(id: string, locale: Locale, otherName: (source: string) => string | null = () => null): string {
  if (featureSpec(id)) return resources[locale].catalog.fields[id as FeatureId];
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
