// HTTP-only guarantees: loopback bind, per-launch token, DNS-rebinding defence, no path escape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createService, type Service } from '../../electron/service/service';
import { startHttpHost, type HttpHost } from '../../electron/hosts/http-host';
import { tempDir } from '../support/temp';

function get(port: number, path: string, headers: Record<string, string>, method = 'GET'): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

describe('HTTP host guards', () => {
  const t = tempDir();
  let service: Service;
  let host: HttpHost;
  beforeAll(async () => {
    const renderer = join(t.dir, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>cc</title>');
    writeFileSync(join(t.dir, 'secret.txt'), 'secret');
    service = createService();
    host = await startHttpHost(service, { port: 0, rendererDir: renderer });
  });
  afterAll(async () => {
    await host.close();
    service.close();
    t.cleanup();
  });

  const self = () => `127.0.0.1:${host.port}`;

  it('prints a loopback URL carrying a long random token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[A-Za-z0-9_-]{32}$`));
  });

  it('answers the API with the token, 401 without it or with a wrong one', async () => {
    const okRes = await get(host.port, '/api/app.version', { Host: self(), Authorization: `Bearer ${host.token}` }, 'POST');
    expect(okRes.status).toBe(200);
    expect(JSON.parse(okRes.body)).toMatchObject({ ok: true, result: { name: 'Churn Cockpit' } });
    expect((await get(host.port, '/api/app.version', { Host: self() }, 'POST')).status).toBe(401);
    expect((await get(host.port, '/api/app.version', { Host: self(), Authorization: 'Bearer nope' }, 'POST')).status).toBe(401);
  });

  it('refuses a foreign Host header even with the token (DNS rebinding)', async () => {
    const r = await get(host.port, '/api/app.version', { Host: `evil.example:${host.port}`, Authorization: `Bearer ${host.token}` }, 'POST');
    expect(r.status).toBe(403);
    expect((await get(host.port, '/', { Host: 'evil.example' })).status).toBe(403);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const page = await get(host.port, '/', { Host: self() });
    expect(page.status).toBe(200);
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    const escape = await get(host.port, '/../secret.txt', { Host: self() });
    expect(escape.body).not.toContain('secret');
    const encoded = await get(host.port, '/%2e%2e/secret.txt', { Host: self() });
    expect(encoded.body).not.toContain('secret');
  });

  it('binds 127.0.0.1 only', () => {
    expect(host.address).toBe('127.0.0.1');
  });
});
