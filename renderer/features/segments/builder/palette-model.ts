// The palette's fields: customer fields of the catalog, grouped in the catalog's order and
// filtered by a search that matches the name in either language (an analyst who thinks
// "健康度" and one who types "health" find the same field), the raw name or the id.
import type { CatalogDescription } from '../../../../shared/contract/operations';
import { locales } from '../../../../shared/i18n/locales';
import { lookupMessage } from './message-lookup';

export type CatalogField = CatalogDescription['fields'][number];

/** The order PRODUCT.md and issue 11 list the groups in; a group the catalog adds later goes last. */
export const PALETTE_GROUP_ORDER = ['profile', 'purchases', 'engagement', 'service', 'market', 'scores', 'changes', 'rfm', 'lifecycle', 'segments', 'attributes'] as const;

export interface PaletteGroup {
  readonly group: string;
  readonly fields: readonly CatalogField[];
}

/** Every name a field is known by: its label in each UI language, its imported name, its id. */
export function searchableNames(field: CatalogField): string[] {
  const names = locales.map((locale) => lookupMessage(locale, field.labelKey)).filter((name): name is string => name !== undefined);
  if (field.rawLabel) names.push(field.rawLabel);
  names.push(field.id);
  return names;
}

function rank(group: string): number {
  const index = (PALETTE_GROUP_ORDER as readonly string[]).indexOf(group);
  return index < 0 ? PALETTE_GROUP_ORDER.length : index;
}

/** Groups with their matching fields, catalog order kept inside a group; empty groups left out. */
export function paletteGroups(fields: readonly CatalogField[], query: string): PaletteGroup[] {
  const needle = query.trim().toLocaleLowerCase();
  const byGroup = new Map<string, CatalogField[]>();
  for (const field of fields) {
    if (field.source !== 'customer' || field.operators.length === 0) continue;
    if (needle && !searchableNames(field).some((name) => name.toLocaleLowerCase().includes(needle))) continue;
    const list = byGroup.get(field.group) ?? [];
    list.push(field);
    byGroup.set(field.group, list);
  }
  return [...byGroup.entries()].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b)).map(([group, list]) => ({ group, fields: list }));
}
