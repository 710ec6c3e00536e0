// The parsing thread: opens each file with the readers, plans each source table, converts
// rows for their canonical target and streams batches to the writer. It never touches the
// workspace, so terminating it (cancel, memory cap) can leave nothing behind.
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ImportReadError, openSource, type SourceFile, type SourceRow, type SourceValue } from '../readers';
import { MappingError, planTable } from '../plan';
import { RowMapper } from '../row-mapper';
import { packTextCells } from './packed-batch';
import { rowEstimator, textEstimator, type ByteEstimator } from './progress-estimate';
import type { FileFacts, ParentMessage, WorkerFile, WorkerMessage, WorkerTask } from './protocol';

const port = parentPort;
if (!port) throw new Error('parse-worker must run in a worker thread');
const task = workerData as WorkerTask;

let credits = task.credits;
let wake: (() => void) | null = null;
port.on('message', (m: ParentMessage) => {
  if (m.type !== 'credit') return;
  credits += m.n;
  const w = wake;
  wake = null;
  w?.();
});

async function takeCredit(): Promise<void> {
  while (credits <= 0) await new Promise<void>((resolve) => (wake = resolve));
  credits--;
}

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(message, transfer);
}

function sheetsOf(src: SourceFile): { name: string; hidden: boolean; rows: number }[] {
  const sheets = src.details.get('sheets');
  return Array.isArray(sheets) ? (sheets as { name: string; hidden: boolean; rows: number }[]) : [];
}

function facts(src: SourceFile, path: string, size: number): FileFacts {
  const enc = src.details.get('encoding') as { encoding?: string; confidence?: number } | undefined;
  const skipped = src.details.get('skippedStatements');
  const delimiter = src.details.get('delimiter');
  const hasHeader = src.details.get('hasHeader');
  const dialect = src.details.get('dialect');
  return {
    file: src.file,
    path,
    size,
    format: src.format,
    encoding: src.encoding ?? enc?.encoding ?? null,
    encodingConfidence: enc?.confidence ?? null,
    delimiter: typeof delimiter === 'string' ? delimiter : null,
    hasHeader: typeof hasHeader === 'boolean' ? hasHeader : null,
    dialect: typeof dialect === 'string' ? dialect : null,
    sheets: sheetsOf(src),
    skippedStatements: skipped instanceof Map ? Object.fromEntries(skipped as Map<string, number>) : {},
    warnings: src.warnings.items,
    warningCounts: Object.fromEntries(src.warnings.counts),
  };
}

/** Rows per 'rows' message (at most `credits` of them in flight): fewer wake-ups than one per 1000-row batch, little more memory. */
const ROWS_PER_MESSAGE = 2000;

let rowsSoFar = 0;
const seenKeys = new Map<string, number>();

async function readFile(f: WorkerFile): Promise<void> {
  const size = statSync(f.path).size;
  post({ type: 'file', file: f.path, path: f.path, size });
  const src = openSource(f.path, f.options);
  const text = src.format === 'csv' || src.format === 'sql';
  const sheets = sheetsOf(src);
  const estimator: ByteEstimator = text
    ? textEstimator(f.path, size)
    : rowEstimator(
        size,
        sheets.reduce((a, s) => a + s.rows, 0),
      );
  for await (const table of src.tables()) {
    const sheetRows = sheets.find((s) => s.name === table.name)?.rows ?? null;
    estimator.nextTable(sheetRows);
    const iter = table.rows()[Symbol.asyncIterator]();
    const buffered: SourceRow[][] = [];
    const samples: SourceValue[][] = [];
    const sampleRowNumbers: number[] = [];
    while (samples.length < task.sampleRows) {
      const next = await iter.next();
      if (next.done) break;
      buffered.push(next.value);
      for (const r of next.value) {
        if (samples.length >= task.sampleRows) break;
        samples.push(r.values);
        sampleRowNumbers.push(r.lineage.row);
      }
    }
    const shape = { file: src.file, name: table.name, sheet: table.sheet, columns: table.columns, samples };
    const plan = task.kind === 'import' ? planTable(shape, { mapping: task.mapping, explicit: f.tables, saved: task.saved, settings: task.settings }) : null;
    const { name, file, sheet, columns, sourceColumns, headerRow } = table;
    const rowCount = sheetRows === null ? null : Math.max(0, sheetRows - (headerRow ?? 0));
    post({ type: 'table', info: { name, file, sheet, columns, sourceColumns, headerRow }, plan, samples, sampleRowNumbers, rowCount });
    if (task.kind === 'preview') {
      // One table per delimited file: stop instead of streaming the rest of a large file.
      if (src.format === 'csv') break;
      continue;
    }
    const mapper = plan && plan.target !== 'raw' ? new RowMapper(plan, table.columns, task.settings, seenKeys) : null;
    const width = table.columns.length;
    const send = async (batch: SourceRow[]): Promise<void> => {
      if (task.failAtRow !== undefined && rowsSoFar < task.failAtRow && rowsSoFar + batch.length >= task.failAtRow) {
        throw new Error(`injected failure at row ${task.failAtRow}`);
      }
      rowsSoFar += batch.length;
      const mapped = mapper ? mapper.map(batch) : null;
      const extras: [number, SourceValue[]][] = [];
      const raw = new Array<SourceValue>(batch.length * width);
      const rowNumbers = new Array<number>(batch.length);
      for (let i = 0; i < batch.length; i++) {
        const r = batch[i] as SourceRow;
        const values = r.values;
        for (let c = 0; c < width; c++) raw[i * width + c] = values[c] ?? null;
        rowNumbers[i] = r.lineage.row;
        if (r.extra) extras.push([i, r.extra]);
      }
      // Packed only when the writer copies the canonical rows from the raw table (or there are
      // none) and there is no ragged overflow, so it never needs the cells as JS values.
      const packed = extras.length === 0 && (mapped === null || mapped.derived !== null) ? packTextCells(raw) : null;
      await takeCredit();
      const last = batch[batch.length - 1];
      post(
        {
          type: 'rows',
          count: batch.length,
          width,
          raw: packed ? [] : raw,
          packed,
          rowNumbers,
          extras,
          mapped,
          bytes: last ? estimator.at(last.lineage.row) : 0,
        },
        packed ? [packed.bytes.buffer as ArrayBuffer, packed.ends.buffer as ArrayBuffer] : [],
      );
    };
    // Readers hand over 1000-row batches; messages carry several: every message costs both
    // threads a wake-up, which showed in the writer's profile.
    let pending: SourceRow[] = [];
    const queue = async (rows: SourceRow[]): Promise<void> => {
      for (const r of rows) pending.push(r);
      if (pending.length < ROWS_PER_MESSAGE) return;
      const full = pending;
      pending = [];
      await send(full);
    };
    for (const b of buffered) await queue(b);
    for (;;) {
      const next = await iter.next();
      if (next.done) break;
      await queue(next.value);
    }
    if (pending.length) await send(pending);
  }
  post({ type: 'file-end', facts: facts(src, f.path, size) });
}

async function main(): Promise<void> {
  for (const f of task.files) await readFile(f);
  post({ type: 'done' });
}

main().catch((error: unknown) => {
  const code = error instanceof ImportReadError ? error.code : error instanceof MappingError ? 'mapping' : 'internal';
  const message = error instanceof Error ? error.message : String(error);
  post({ type: 'error', code, message });
});
