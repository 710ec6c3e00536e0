// The two ways a test reaches the engine: straight into the service, or over the loopback
// HTTP host exactly as the browser does. The contract suite runs once per transport.
import type { InvokeResult } from '../../shared/contract/errors';
import type { Service } from '../../electron/service/service';
import { startHttpHost, type HttpHost } from '../../electron/hosts/http-host';

export interface Transport {
  name: string;
  invoke(name: string, input: unknown): Promise<InvokeResult<unknown>>;
  close(): Promise<void>;
}

export function inProcess(service: Service): Transport {
  return { name: 'in-process service', invoke: (name, input) => service.invoke(name, input), close: () => Promise.resolve() };
}

export async function overHttp(service: Service): Promise<Transport & { host: HttpHost }> {
  const host = await startHttpHost(service, { port: 0 });
  return {
    name: 'HTTP host',
    host,
    async invoke(name, input) {
      const res = await fetch(`http://127.0.0.1:${host.port}/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify(input),
      });
      return (await res.json()) as InvokeResult<unknown>;
    },
    close: () => host.close(),
  };
}
