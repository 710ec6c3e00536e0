// Hash routes (`#/customers`): they work unchanged under file://, Electron's app protocol and
// the HTTP host, none of which needs server-side routing.
export const routeKeys = ['dashboard', 'data', 'customers', 'segments', 'health', 'models', 'warnings', 'actions', 'viewer'] as const;
export type RouteKey = (typeof routeKeys)[number];

/** Navigation order follows the analyst's month: bring data in, work it, then report. */
export const navOrder = ['data', 'customers', 'segments', 'health', 'models', 'warnings', 'actions', 'dashboard'] as const satisfies readonly RouteKey[];
/** Routes with a navigation entry (the dashboard-file viewer is reached by opening a file). */
export type NavRouteKey = (typeof navOrder)[number];

export const DEFAULT_ROUTE: RouteKey = 'dashboard';

export function isRouteKey(value: string): value is RouteKey {
  return (routeKeys as readonly string[]).includes(value);
}

const CUSTOMER_PREFIX = 'customer';

/** `#/customers?x=1` → 'customers'; anything unknown lands on the default dashboard. */
export function routeFromHash(hash: string): RouteKey {
  const first = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  // A customer's 360 page belongs under Customers in the navigation.
  if (first === CUSTOMER_PREFIX) return 'customers';
  return isRouteKey(first) ? first : DEFAULT_ROUTE;
}

/** `#/customer/<id>` (Customer 360) → the decoded id; null for every other route. */
export function customerIdFromHash(hash: string): string | null {
  const m = /^#\/?customer\/([^?]+)/.exec(hash);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

export function customerHref(customerId: string): string {
  return `#/${CUSTOMER_PREFIX}/${encodeURIComponent(customerId)}`;
}

export function hrefFor(route: RouteKey): string {
  return `#/${route}`;
}

/** `#/route?a=1&b=2` → the value of one query parameter of the hash, or null. */
export function hashParam(hash: string, name: string): string | null {
  const q = hash.indexOf('?');
  return q < 0 ? null : new URLSearchParams(hash.slice(q + 1)).get(name);
}

function positiveIds(text: string | null): number[] {
  if (!text) return [];
  const ids = text
    .split(',')
    .map((s) => Number(s))
    .filter((n) => Number.isSafeInteger(n) && n > 0);
  return [...new Set(ids)];
}

/** The Segments page, opening one saved segment's editor when an id is given. */
export function segmentHref(segmentId?: number): string {
  return segmentId === undefined ? hrefFor('segments') : `${hrefFor('segments')}?segment=${segmentId}`;
}

/** `#/segments?segment=5` → 5; null for the list. */
export function segmentIdFromHash(hash: string): number | null {
  return positiveIds(hashParam(hash, 'segment'))[0] ?? null;
}

/** The Customers grid filtered to the members of one or more of these saved segments and lists. */
export function customersBySegmentsHref(segmentIds: readonly number[]): string {
  return segmentIds.length === 0 ? hrefFor('customers') : `${hrefFor('customers')}?segments=${segmentIds.join(',')}`;
}

/** `#/customers?segments=1,2` → [1, 2]. */
export function segmentIdsFromHash(hash: string): number[] {
  return positiveIds(hashParam(hash, 'segments'));
}
