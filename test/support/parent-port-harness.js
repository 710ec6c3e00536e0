// Stands in for Electron's `process.parentPort` under plain Node (fork with an IPC channel), so
// the utility host runs unchanged without the Electron binary. Usage: fork(this, [hostModuleUrl]).
import { EventEmitter } from 'node:events';

const port = new EventEmitter();
port.postMessage = (message) => process.send(message);
process.parentPort = port;
// Electron's parentPort queues messages until a listener exists; so does this one.
const queued = [];
const deliver = (data) => port.emit('message', { data, ports: [] });
process.on('message', (data) => (port.listenerCount('message') ? deliver(data) : queued.push(data)));
port.on('newListener', (event) => event === 'message' && setImmediate(() => queued.splice(0).forEach(deliver)));
await import(process.argv[2]);
