// Words of the i18n resources in Node, for what an export writes: the same keys the renderer
// reads through i18next (namespace + dotted key, {{param}} interpolation), so a workbook and the
// screen say the same thing. A key without a string answers the fallback (or the key), never
// throws: a label is never worth failing an export for.
import type { Locale } from '../../../shared/i18n/locales';
import { resources, type Namespaces } from '../../../shared/i18n/resources';

export type TranslateParams = Readonly<Record<string, string | number>>;
export type Translate = (ns: keyof Namespaces, key: string, params?: TranslateParams, fallback?: string) => string;

const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

function lookup(root: object, key: string): string | undefined {
  let node: unknown = root;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !own(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** {{name}} → params.name; replacer functions so a value holding `$&` stays as written. */
export function interpolate(template: string, params: TranslateParams = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (own(params, name) ? String(params[name]) : whole));
}

export function translator(locale: Locale): Translate {
  const bundle = resources[locale];
  return (ns, key, params, fallback) => {
    const template = lookup(bundle[ns], key);
    return template === undefined ? (fallback ?? key) : interpolate(template, params);
  };
}

/** 'catalog:fields.region' → the namespace and the key, as the renderer's t() reads it. */
export function translateKey(t: Translate, nsKey: string, fallback: string): string {
  const colon = nsKey.indexOf(':');
  if (colon < 0) return fallback;
  const ns = nsKey.slice(0, colon);
  const isNamespace = (name: string): name is keyof Namespaces => own(resources['zh-CN'], name);
  return isNamespace(ns) ? t(ns, nsKey.slice(colon + 1), {}, fallback) : fallback;
}
