import { describe, expect, it } from 'vitest';
import type { InvokeResult } from '../../shared/contract/errors';
import { UtilityClient } from '../../electron/main/utility-client';
import { parseUtilityRequest, type UtilityRequest } from '../../electron/main/utility-protocol';

function setup(send?: (request: UtilityRequest) => void) {
  const sent: UtilityRequest[] = [];
  const events: [string, unknown][] = [];
  const ready: InvokeResult<unknown>[] = [];
  const client = new UtilityClient({
    send: send ?? ((request) => sent.push(request)),
    onEvent: (event, payload) => events.push([event, payload]),
    onReady: (workspace) => ready.push(workspace),
  });
  return { client, sent, events, ready };
}

describe('UtilityClient', () => {
  it('matches responses to requests by id, in any order', async () => {
    const { client, sent } = setup();
    const first = client.invoke('workspace.info', {});
    const second = client.invoke('dashboard.kpis', { x: 1 });
    expect(sent.map((r) => r.name)).toEqual(['workspace.info', 'dashboard.kpis']);
    const [a, b] = sent;
    client.handleMessage({ type: 'result', id: b?.id, result: { ok: true, result: 'kpis' } });
    client.handleMessage({ type: 'result', id: a?.id, result: { ok: false, error: { code: 'NO_WORKSPACE', message: 'none' } } });
    await expect(first).resolves.toEqual({ ok: false, error: { code: 'NO_WORKSPACE', message: 'none' } });
    await expect(second).resolves.toEqual({ ok: true, result: 'kpis' });
    expect(client.pendingCount).toBe(0);
  });

  it('forwards events and the start-up outcome, and drops malformed messages', () => {
    const { client, events, ready } = setup();
    client.handleMessage({ type: 'event', event: 'job.progress', payload: { done: 1 } });
    client.handleMessage({ type: 'ready', workspace: { ok: true, result: { path: '/x.churn' } } });
    for (const junk of [null, 'x', { type: 'result', id: 'one', result: { ok: true, result: 1 } }, { type: 'result', id: 1, result: { ok: 'yes' } }, { type: 'nope' }]) {
      client.handleMessage(junk);
    }
    expect(events).toEqual([['job.progress', { done: 1 }]]);
    expect(ready).toEqual([{ ok: true, result: { path: '/x.churn' } }]);
  });

  it('settles every pending call when the process exits, and refuses new ones', async () => {
    const { client } = setup();
    const pending = client.invoke('workspace.info', {});
    client.close('the service process stopped');
    await expect(pending).resolves.toEqual({ ok: false, error: { code: 'INTERNAL', message: 'the service process stopped' } });
    await expect(client.invoke('workspace.info', {})).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('turns a failed send into an error result', async () => {
    const { client } = setup(() => {
      throw new Error('could not be cloned');
    });
    await expect(client.invoke('workspace.info', () => 1)).resolves.toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(client.pendingCount).toBe(0);
  });
});

describe('parseUtilityRequest', () => {
  it('accepts only well-formed requests', () => {
    expect(parseUtilityRequest({ id: 3, name: 'workspace.info', input: { a: 1 } })).toEqual({ id: 3, name: 'workspace.info', input: { a: 1 } });
    expect(parseUtilityRequest({ id: 1.5, name: 'x' })).toBeNull();
    expect(parseUtilityRequest({ id: 1 })).toBeNull();
    expect(parseUtilityRequest([1, 'x'])).toBeNull();
  });
});
