// Electron: the preload bridge already speaks InvokeResult, so this only adapts the shape.
import type { ChurnCockpitBridge } from './bridge';
import type { Transport } from './transport';

export function ipcTransport(bridge: ChurnCockpitBridge): Transport {
  return {
    kind: 'ipc',
    invoke: (name, input) => bridge.invoke(name, input),
    on: (event, cb) => bridge.on(event, cb),
  };
}
