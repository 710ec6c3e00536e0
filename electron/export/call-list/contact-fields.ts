// Which imported attributes are ways to reach the customer: a call list shows those present in
// the data, under their own names as imported. Attributes live in the mart's `attributes` JSON
// and reach the catalog as attribute fields (shared/catalog/attribute-fields.ts); their names
// are data, so they are matched here and read with a bound JSON path, never spliced into SQL.
import type { Catalog } from '../../../shared/catalog';

// ASCII words must stand alone or be joined by _ - . or a space ("mobile_phone", "E-mail",
// "wechat id"), so "hotel" or "attempts" do not pass; CJK words have no spaces to match on.
const ASCII_WORDS = /(^|[^a-z])(phone|mobile|tel|telephone|email|e-mail|mail|wechat|weixin|wx|contact)([^a-z]|$)/i;
const CJK_WORDS = /电话|手机|邮箱|邮件|微信|联系人|联系方式|座机/;

export function isContactName(name: string): boolean {
  return ASCII_WORDS.test(name) || CJK_WORDS.test(name);
}

/** The attribute keys of the workspace that look like contact fields, in the catalog's order. */
export function contactAttributes(catalog: Catalog): string[] {
  const keys: string[] = [];
  for (const field of catalog.fields) {
    if (field.source === 'customer' && field.attributeKey !== undefined && isContactName(field.attributeKey)) keys.push(field.attributeKey);
  }
  return keys;
}
