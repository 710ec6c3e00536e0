// Request checks for the loopback HTTP host. DNS rebinding makes a foreign page's requests
// arrive at 127.0.0.1 with the attacker's Host header, so the Host must name us exactly;
// the per-launch token keeps other local users' and pages' requests out of the API.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function hostAllowed(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

function presentedToken(req: IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length).trim();
  // EventSource cannot set headers, nor can a download link the browser saves to disk, so the
  // event stream and downloads alone may carry it in the query.
  if (url.pathname === '/api/events' || url.pathname === '/api/download') return url.searchParams.get('token');
  return null;
}

export function tokenValid(req: IncomingMessage, url: URL, token: string): boolean {
  const given = presentedToken(req, url);
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
