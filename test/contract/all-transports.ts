// The four hosts every contract suite runs over: the service itself, the loopback HTTP host, the
// utility host (Electron's data process, under a stand-in parentPort since CI cannot download
// the Electron binary) and the CLI's `call --stdio`. `dir` is the test's folder, which is also
// each host's workspace folder (the in-process and HTTP hosts share the suite's service).
import type { Service } from '../../electron/service/service';
import { overCliStdio, overUtilityHost } from './process-transports';
import { inProcess, overHttp, type Transport } from './transports';

export const allTransports: [string, (service: Service, dir: string) => Promise<Transport>][] = [
  ['in-process service', (s) => Promise.resolve(inProcess(s))],
  ['HTTP host', (s) => overHttp(s)],
  ['utility host', (_s, dir) => overUtilityHost(dir)],
  ['CLI call --stdio', (_s, dir) => overCliStdio(dir)],
];
