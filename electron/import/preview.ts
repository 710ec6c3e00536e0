// What the Data page shows before importing: the detected format, encoding, delimiter, sheets
// and header row, sample rows, and per table the suggested (or saved) mapping. Parsing runs in
// the same capped worker as an import, so a hostile file cannot take the service down.
import { resolve } from 'node:path';
import { AppError } from '../../shared/contract/errors';
import type { PreviewOutput, PreviewTable, ReaderOptions, SavedMapping } from '../../shared/contract/domains/import';
import { headerSignature, suggestMapping } from '../../shared/import/mapping';
import { groupLines, summariseLineOrders } from '../../shared/import/line-orders';
import type { RawValue } from '../../shared/import/convert';
import { savedFor } from './plan';
import type { SourceValue } from './readers';
import { readerOptions } from './source-files';
import { startParseWorker, type ParseWorker } from './worker/spawn';
import type { FileFacts } from './worker/protocol';

function sampleCell(v: SourceValue): string | number | null {
  if (v instanceof Uint8Array) return `0x${Buffer.from(v.subarray(0, 31)).toString('hex')}${v.length > 31 ? '…' : ''}`;
  return v;
}

export interface PreviewRequest {
  path: string;
  options: ReaderOptions;
  sampleRows: number;
  settings: { dayFirst: boolean; decimalComma: boolean };
  saved: readonly SavedMapping[];
  signal?: AbortSignal;
}

export async function previewFile(req: PreviewRequest): Promise<PreviewOutput> {
  const path = resolve(req.path);
  const worker: ParseWorker = startParseWorker({
    kind: 'preview',
    files: [{ path, options: readerOptions(req.options) }],
    mapping: 'auto',
    saved: [],
    settings: req.settings,
    sampleRows: req.sampleRows,
    credits: 1,
  });
  const onAbort = (): void => void worker.terminate();
  req.signal?.addEventListener('abort', onAbort);
  const tables: PreviewTable[] = [];
  let facts: FileFacts | null = null;
  let size = 0;
  try {
    for await (const m of worker.messages()) {
      if (m.type === 'file') size = m.size;
      else if (m.type === 'table') {
        const { info } = m;
        const samples = m.samples as RawValue[][];
        const suggestion = suggestMapping({ name: info.name, columns: info.columns, samples }, req.settings);
        const savedMapping = savedFor(req.saved, { name: info.name, columns: info.columns });
        const mapping = savedMapping?.mapping ?? suggestion;
        tables.push({
          name: info.name,
          sheet: info.sheet,
          columns: [...info.columns],
          sourceColumns: [...info.sourceColumns],
          headerRow: info.headerRow,
          sampleRows: m.samples.map((r) => r.map(sampleCell)),
          sampleRowNumbers: m.sampleRowNumbers,
          rowCount: m.rowCount,
          headerSignature: headerSignature(info.columns),
          suggestion,
          savedMapping,
          // What a line-level mapping makes of the sample: orders, their total, returns.
          lineOrders: mapping.target === 'order_lines' ? summariseLineOrders(groupLines(info.columns, samples, mapping.fields, req.settings)) : null,
        });
      } else if (m.type === 'file-end') facts = m.facts;
      else if (m.type === 'error') {
        throw new AppError(m.code === 'aborted' ? 'CANCELLED' : 'INVALID_INPUT', m.message);
      }
    }
  } finally {
    req.signal?.removeEventListener('abort', onAbort);
    await worker.terminate();
  }
  return {
    path,
    file: facts?.file ?? path,
    size: facts?.size ?? size,
    format: facts?.format ?? 'csv',
    encoding: facts?.encoding ?? null,
    encodingConfidence: facts?.encodingConfidence ?? null,
    delimiter: facts?.delimiter ?? null,
    hasHeader: facts?.hasHeader ?? null,
    dialect: facts?.dialect ?? null,
    sheets: facts?.sheets ?? [],
    tables,
    skippedStatements: facts?.skippedStatements ?? {},
    warnings: facts?.warnings ?? [],
    warningCounts: facts?.warningCounts ?? {},
  };
}
