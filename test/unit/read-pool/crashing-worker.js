// A read worker for the pool's tests: the real one (read-worker-entry.js), except that a
// model.list whose input asks for it ends the thread mid-read, as a native crash would.
import { register } from 'tsx/esm/api';

register();
const { readHandlers } = await import('../../../electron/service/read-pool/read-operations.ts');
const modelList = readHandlers['model.list'];
readHandlers['model.list'] = (input, ctx) => (input.crashWorker === true ? process.exit(7) : modelList(input, ctx));
await import('../../../electron/service/read-pool/worker-main.ts');
