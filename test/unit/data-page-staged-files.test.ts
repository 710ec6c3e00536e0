// The Data page's staged-file reducer: stale previews dropped, edits kept across re-previews.
import { describe, expect, it } from 'vitest';
import type { PreviewOutput, PreviewTable } from '../../shared/contract/domains/import';
import { assignColumn } from '../../renderer/features/data/mapping-draft';
import { importBlocker, stagedReducer, type StagedFile } from '../../renderer/features/data/staged-files';

function previewTable(name: string, signature: string): PreviewTable {
  return {
    name,
    columns: ['客户ID', '流失'],
    sourceColumns: ['客户ID', '流失'],
    sampleRows: [],
    sampleRowNumbers: [],
    rowCount: 0,
    headerSignature: signature,
    suggestion: {
      target: 'customers',
      confidence: 0.9,
      fields: [{ field: 'customer_id', column: '客户ID', confidence: 0.9, reason: '' }],
      generated: [],
      unmapped: [],
      alternatives: [],
    },
    savedMapping: null,
  };
}

function preview(tables: PreviewTable[], sheets: string[] = []): PreviewOutput {
  return {
    path: '/tmp/x',
    file: 'x.xlsx',
    size: 1,
    format: 'xlsx',
    encoding: null,
    encodingConfidence: null,
    delimiter: null,
    hasHeader: true,
    dialect: null,
    sheets: sheets.map((name) => ({ name, hidden: false, rows: 1 })),
    tables,
    skippedStatements: {},
    warnings: [],
    warningCounts: {},
  };
}

function run(actions: Parameters<typeof stagedReducer>[1][]): StagedFile[] {
  return actions.reduce(stagedReducer, [] as StagedFile[]);
}

describe('staged files', () => {
  it('goes uploading → previewing → ready and unblocks the import', () => {
    let files = run([{ type: 'add', id: 'f', name: 'x.xlsx', size: 10 }]);
    expect(importBlocker(files)).toBe('busy');
    files = run([
      { type: 'add', id: 'f', name: 'x.xlsx', size: 10 },
      { type: 'uploadProgress', id: 'f', loaded: 50 },
    ]);
    expect(files[0]?.uploadedBytes).toBe(10);
    files = [
      { type: 'uploaded', id: 'f', path: '/up/x.xlsx' } as const,
      { type: 'previewStart', id: 'f', seq: 1, options: {} } as const,
      { type: 'previewed', id: 'f', seq: 1, preview: preview([previewTable('S1', 'a')], ['S1', 'S2']) } as const,
    ].reduce(stagedReducer, files);
    expect(files[0]).toMatchObject({ stage: 'ready', path: '/up/x.xlsx', allTables: ['S1', 'S2'] });
    expect(files[0]?.drafts[0]?.fields).toEqual({ customer_id: '客户ID' });
    expect(importBlocker(files)).toBeNull();
  });

  it('drops a preview answer that a newer request superseded', () => {
    const files = run([
      { type: 'add', id: 'f', name: 'x.csv', size: 1 },
      { type: 'uploaded', id: 'f', path: '/p' },
      { type: 'previewStart', id: 'f', seq: 1, options: {} },
      { type: 'previewStart', id: 'f', seq: 2, options: { encoding: 'gb18030' } },
      { type: 'previewed', id: 'f', seq: 1, preview: preview([previewTable('old', 'o')]) },
      { type: 'failed', id: 'f', seq: 1, error: { code: 'INTERNAL', message: 'stale' } },
    ]);
    expect(files[0]).toMatchObject({ stage: 'previewing', preview: null, options: { encoding: 'gb18030' } });
  });

  it('keeps the analyst’s edits when a re-preview yields the same headers', () => {
    let files = run([
      { type: 'add', id: 'f', name: 'x.csv', size: 1 },
      { type: 'uploaded', id: 'f', path: '/p' },
      { type: 'previewStart', id: 'f', seq: 1, options: {} },
      { type: 'previewed', id: 'f', seq: 1, preview: preview([previewTable('x', 'sig')]) },
    ]);
    const draft = files[0]?.drafts[0];
    if (!draft) throw new Error('no draft');
    files = stagedReducer(files, { type: 'draft', id: 'f', draft: assignColumn(draft, 'churned', '流失') });
    files = stagedReducer(files, { type: 'previewStart', id: 'f', seq: 2, options: { nullMarkers: 'common' } });
    files = stagedReducer(files, { type: 'previewed', id: 'f', seq: 2, preview: preview([previewTable('x', 'sig')]) });
    expect(files[0]?.drafts[0]).toMatchObject({ origin: 'edited', fields: { customer_id: '客户ID', churned: '流失' } });
    files = stagedReducer(files, { type: 'previewStart', id: 'f', seq: 3, options: { encoding: 'big5' } });
    files = stagedReducer(files, { type: 'previewed', id: 'f', seq: 3, preview: preview([previewTable('x', 'other')]) });
    expect(files[0]?.drafts[0]?.origin).toBe('suggested');
  });

  it('a local file (desktop app) skips the upload: its checked path is set and it goes straight to preview', () => {
    let files = run([{ type: 'addLocal', id: 'l', name: '订单.xlsx', size: 2048, path: '/home/a/订单.xlsx' }]);
    expect(files[0]).toMatchObject({ stage: 'previewing', path: '/home/a/订单.xlsx', uploadedBytes: 2048, name: '订单.xlsx' });
    expect(importBlocker(files)).toBe('busy');
    files = [{ type: 'previewStart', id: 'l', seq: 1, options: {} } as const, { type: 'previewed', id: 'l', seq: 1, preview: preview([previewTable('S1', 'a')]) } as const].reduce(
      stagedReducer,
      files,
    );
    expect(files[0]).toMatchObject({ stage: 'ready', path: '/home/a/订单.xlsx' });
    expect(importBlocker(files)).toBeNull();
  });

  it('blocks the import while a file failed, until it is removed', () => {
    let files = run([
      { type: 'add', id: 'a', name: 'a.docx', size: 1 },
      { type: 'failed', id: 'a', error: { code: 'INVALID_INPUT', message: 'unsupported' } },
    ]);
    expect(importBlocker(files)).toBe('failed');
    files = stagedReducer(files, { type: 'remove', id: 'a' });
    expect(importBlocker(files)).toBe('noFiles');
  });
});
