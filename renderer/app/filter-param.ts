// The `filter` parameter of `#/customers?filter=…` (drill-through from a dashboard): a filter AST
// as base64url-encoded UTF-8 JSON, checked against the AST schema when read, so a hand-edited
// or hostile link is ignored instead of reaching the query.
import { FilterNodeSchema, type FilterNode } from '../../shared/query/ast';
import { hashParam, hrefFor } from './routes';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeFilterParam(filter: FilterNode): string {
  return toBase64Url(JSON.stringify(filter));
}

/** The filter a parameter carries, or null when it is absent or not a valid filter. */
export function decodeFilterParam(param: string | null): FilterNode | null {
  if (!param) return null;
  try {
    const parsed = FilterNodeSchema.safeParse(JSON.parse(fromBase64Url(param)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function customersFilteredHref(filter: FilterNode | null): string {
  return filter ? `${hrefFor('customers')}?filter=${encodeFilterParam(filter)}` : hrefFor('customers');
}

export function filterFromHash(hash: string): FilterNode | null {
  return decodeFilterParam(hashParam(hash, 'filter'));
}
