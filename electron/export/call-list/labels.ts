// The words a call list prints, in the analyst's language, from the i18n resources: enum codes
// of the catalog (lifecycle, tier, value tier, value × risk), top reasons as "type: factor",
// suggested actions. A code without a label prints as itself rather than as an i18n key.
import type { Locale } from '../../../shared/i18n/locales';
import { resources } from '../../../shared/i18n/resources';
import type { SuggestedAction } from '../../../shared/segments/suggested-action';

const MISSING_SUFFIX = '__missing';
const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

export interface CallListLabels {
  readonly locale: Locale;
  value(field: 'lifecycle' | 'tier' | 'value_tier' | 'value_risk', code: string | null): string | null;
  /** One stored reason [source, reason type] as "服务：近90天投诉次数". */
  reason(source: string, reasonType: string): string;
  action(code: SuggestedAction): string;
}

export function callListLabels(locale: Locale): CallListLabels {
  const { catalog, scoring } = resources[locale];
  const messages = resources[locale]['call-list'];
  const fields: Record<string, string> = catalog.fields;
  const reasonTypes: Record<string, string> = scoring.reasonTypes;
  const colon = locale === 'zh-CN' ? '：' : ': ';

  // The model's sources: catalog features and customer columns by their label, `x__missing`
  // as "x (missing)", one-hot `column=level` as "column: level", `attr:key` as the key
  // (the same reading as the app's reason tags, renderer/i18n/labels.ts).
  const feature = (id: string): string => {
    if (own(fields, id)) return fields[id]!;
    if (id.endsWith(MISSING_SUFFIX)) return `${feature(id.slice(0, -MISSING_SUFFIX.length))}${locale === 'zh-CN' ? '（缺失）' : ' (missing)'}`;
    const eq = id.indexOf('=');
    if (eq > 0) return `${feature(id.slice(0, eq))}${colon}${id.slice(eq + 1)}`;
    return id.replace(/^(attr|cat):/, '');
  };

  return {
    locale,
    value: (field, code) => {
      if (code === null) return null;
      const values: Record<string, string> = catalog.values[field];
      return own(values, code) ? values[code]! : code;
    },
    reason: (source, reasonType) =>
      // Replacer functions: a factor's name is data and may hold `$&`-style replacement patterns.
      messages.reason.replace('{{type}}', () => (own(reasonTypes, reasonType) ? reasonTypes[reasonType]! : reasonType)).replace('{{feature}}', () => feature(source)),
    action: (code) => messages.actions[code],
  };
}
