// Runs inside Electron's utility process: all data work happens here, off the main process.
// Uses the `process.parentPort` global rather than importing 'electron' (only main may).
import { toErrorPayload, type InvokeResult } from '../../shared/contract/errors';
import { parseUtilityRequest, WORKSPACE_ENV, type UtilityMessage } from '../main/utility-protocol';
import { createService } from '../service/service';
import { ensureDefaultWorkspace } from './default-workspace';

const port = process.parentPort;
const service = createService();

function post(message: UtilityMessage): void {
  try {
    port.postMessage(message);
  } catch (error) {
    // A result that cannot be cloned must still settle the caller's promise.
    if (message.type === 'result') port.postMessage({ type: 'result', id: message.id, result: { ok: false, error: toErrorPayload(error) } });
  }
}

service.subscribe((event, payload) => post({ type: 'event', event, payload }));

async function openStartupWorkspace(): Promise<InvokeResult<unknown>> {
  try {
    const path = process.env[WORKSPACE_ENV] || (await ensureDefaultWorkspace());
    return await service.invoke('workspace.open', { path });
  } catch (error) {
    return { ok: false, error: toErrorPayload(error) };
  }
}

// Requests wait for the start-up open so the renderer's first calls see the workspace.
const ready = openStartupWorkspace().then((workspace) => post({ type: 'ready', workspace }));

port.on('message', ({ data }) => {
  const request = parseUtilityRequest(data);
  if (!request) return;
  void ready.then(() => service.invoke(request.name, request.input)).then((result) => post({ type: 'result', id: request.id, result }));
});

process.once('SIGTERM', () => {
  service.close();
  process.exit(0);
});
