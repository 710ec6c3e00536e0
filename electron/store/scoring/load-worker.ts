// Helper thread of a history load (see load-helper.ts): numbers the customers exactly as
// the caller does, scans its rowid slice of each fact table and hands the rows back as
// transferred typed arrays.
import { workerData } from 'node:worker_threads';
import { EventBuilder, type EventParts } from '../../../shared/scoring/events';
import { connect } from '../database';
import { FACT_COLUMNS, knownCustomerIds, scanFacts, type FactTable } from './history-load';
import { HELPER_STATE, idSample, type HelperData, type HelperResult } from './load-helper';

const data = workerData as HelperData;
const state = new Int32Array(data.state);
Atomics.store(state, 0, HELPER_STATE.started);
Atomics.notify(state, 0);
let result: HelperResult;
const transfer: ArrayBuffer[] = [];
try {
  const db = connect(data.path, { readonly: true, fileMustExist: true });
  try {
    const ids = knownCustomerIds(db, data.limitDay);
    const index = new Map(ids.map((id, i) => [id, i]));
    const parts: EventParts[] = data.jobs.map((job) => {
      const table = job.table as FactTable;
      const builder = new EventBuilder(FACT_COLUMNS[table], Math.max(1024, job.hi - job.lo));
      scanFacts(db, table, data.limitDay, index, job.lo, job.hi, builder);
      const p = builder.take();
      transfer.push(p.cust.buffer as ArrayBuffer, p.day.buffer as ArrayBuffer, ...p.cols.map((c) => c.buffer as ArrayBuffer));
      return p;
    });
    result = { ok: true, customers: ids.length, sample: idSample(ids), parts };
  } finally {
    db.close();
  }
} catch (error) {
  result = { ok: false, error: error instanceof Error ? error.message : String(error) };
  transfer.length = 0;
}
// The message is queued before the flag flips, so the waiting caller always finds it.
data.port.postMessage(result, transfer);
data.port.close();
Atomics.store(state, 0, HELPER_STATE.done);
Atomics.notify(state, 0);
