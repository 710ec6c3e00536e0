// Extra columns an analyst imported (kept in the mart's JSON `attributes` column) become catalog
// fields per workspace. Their names are data, not code: the id is a slug checked like any other
// id, the attribute's own name is bound as a value (never spliced into SQL), and it is shown
// as imported.
import type { FieldDef, FieldType } from './types';

export interface DiscoveredAttribute {
  /** The key inside the attributes JSON, as imported (any text). */
  name: string;
  /** number when every non-empty sampled value is a number, else text. */
  type: Extract<FieldType, 'text' | 'number'>;
}

/** A stable id per attribute name: `attr_` + lower-case ASCII letters/digits, or a hash for other scripts. */
export function attributeFieldId(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  // FNV-1a over UTF-16 units: names in Chinese (or differing only in punctuation) stay distinct.
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const suffix = h.toString(36);
  return ascii && ascii.length <= 40 ? `attr_${ascii}_${suffix}` : `attr_${suffix}`;
}

export function attributeFields(attributes: readonly DiscoveredAttribute[]): FieldDef[] {
  return attributes.map((a) => ({
    id: attributeFieldId(a.name),
    source: 'customer',
    group: 'attributes',
    labelKey: 'catalog:fields.attribute',
    rawLabel: a.name,
    type: a.type,
    format: a.type === 'number' ? 'number' : 'text',
    column: 'attributes',
    attributeKey: a.name,
  }));
}
