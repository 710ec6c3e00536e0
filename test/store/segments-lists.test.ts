// Static lists: freezing a saved segment or an unsaved rule copies today's members; importing a
// CSV or xlsx of ids finds the id column by name (the import's synonyms) or takes the first,
// keeps and counts ids that are no customer, and refuses a file without any column.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoWorkspace } from '../../electron/demo/generate';
import { runRefresh } from '../../electron/service/scoring/refresh';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { describeSegment } from '../../electron/service/segments/describe';
import { freezeSegment } from '../../electron/service/segments/freeze';
import { idColumn, importSegmentList } from '../../electron/service/segments/import-list';
import { saveSegment } from '../../electron/service/segments/writes';
import type { FilterNode } from '../../shared/query';
import { tempDir } from '../support/temp';

const quiet = () => undefined;
const AT_RISK: FilterNode = { kind: 'condition', field: 'tier', op: '=', value: 'atRisk' };
const meta = (name: string) => ({ name, description: 'd', tags: [], color: 'green' as const });

describe('static lists', () => {
  const t = tempDir();
  let ws: Workspace;
  let customers: string[];
  const job = { signal: new AbortController().signal, progress: quiet };
  const members = (id: number) => ws.db.prepare('SELECT customer_id FROM segment_list_members WHERE segment_id = ? ORDER BY customer_id').pluck().all(id) as string[];

  beforeAll(async () => {
    const path = join(t.dir, 'demo.churn');
    await createDemoWorkspace(path, { customers: 300 });
    ws = await openWorkspace(path);
    runRefresh(ws.db, { trainIfMissing: true }, quiet);
    customers = ws.db.prepare('SELECT customer_id FROM customer_mart ORDER BY customer_id').pluck().all() as string[];
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('freezes a saved segment and an unsaved rule; the list keeps its members when the segment changes', () => {
    const expected = ws.db.prepare(`SELECT customer_id FROM customer_mart WHERE tier = 'atRisk' ORDER BY customer_id`).pluck().all() as string[];
    expect(expected.length).toBeGreaterThan(0);
    const segment = saveSegment(ws.db, { ...meta('At risk'), definition: { schemaVersion: 1, filter: AT_RISK } });
    const frozen = freezeSegment(ws.db, { ...meta('At risk today'), source: { segmentId: segment.id } }, quiet);
    expect(frozen).toMatchObject({ kind: 'list', frozenFrom: segment.id, size: expected.length, unknownMembers: 0, definition: null, description: 'd' });
    expect(members(frozen.id)).toEqual(expected);
    const unsaved = freezeSegment(ws.db, { ...meta('Unsaved'), source: { filter: AT_RISK } }, quiet);
    expect(unsaved.frozenFrom).toBeNull();
    expect(members(unsaved.id)).toEqual(expected);

    saveSegment(ws.db, { ...meta('At risk'), id: segment.id, definition: { schemaVersion: 1, filter: { kind: 'condition', field: 'tier', op: '=', value: 'healthy' } } });
    expect(describeSegment(ws.db, frozen.id).size).toBe(expected.length);
    expect(() => freezeSegment(ws.db, { ...meta('at RISK today'), source: { filter: AT_RISK } }, quiet)).toThrow(expect.objectContaining({ reason: 'segmentNameTaken' }));
    expect(() => freezeSegment(ws.db, { ...meta('Nothing'), source: { segmentId: 9999 } }, quiet)).toThrow(expect.objectContaining({ reason: 'segmentNotFound' }));
  });

  it('finds the id column by its name in either language, else takes the first', () => {
    expect(idColumn(['姓名', '客户编号', '电话'])).toEqual({ index: 1, byName: true });
    expect(idColumn(['name', 'Customer ID'])).toEqual({ index: 1, byName: true });
    expect(idColumn(['x', 'y'])).toEqual({ index: 0, byName: false });
  });

  it('imports a CSV with an id column among others, counting unknown ids and ignoring duplicates and blanks', async () => {
    const file = join(t.dir, 'called.csv');
    const lines = ['姓名,客户编号,备注', `甲,${customers[0]},x`, `乙,${customers[1]},`, `丙,${customers[0]},dup`, '丁,NOPE-1,', '戊,,blank', '己,NOPE-2,'];
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    const result = await importSegmentList(ws.db, { ...meta('Called'), path: file }, job);
    expect(result).toMatchObject({ imported: 2, unknown: 2, unknownExamples: ['NOPE-1', 'NOPE-2'] });
    expect(result.segment).toMatchObject({ kind: 'list', size: 2, unknownMembers: 2 });
    expect(members(result.segment.id)).toEqual([customers[0], customers[1], 'NOPE-1', 'NOPE-2'].sort());
  });

  it('imports an xlsx whose first column holds the ids, and a bare list of ids without a header', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['ids', 'note'], ...customers.slice(0, 30).map((id) => [id, 'n'])]), 'Sheet1');
    const xlsx = join(t.dir, 'list.xlsx');
    writeFileSync(xlsx, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const fromXlsx = await importSegmentList(ws.db, { ...meta('From xlsx'), path: xlsx }, job);
    expect(fromXlsx).toMatchObject({ imported: 30, unknown: 0, unknownExamples: [] });
    expect(members(fromXlsx.segment.id)).toEqual(customers.slice(0, 30).sort());

    const bare = join(t.dir, 'bare.csv');
    writeFileSync(bare, `${customers.slice(40, 50).join('\n')}\n`);
    const fromBare = await importSegmentList(ws.db, { ...meta('Bare'), path: bare }, job);
    expect(fromBare.imported).toBe(10);
    expect(members(fromBare.segment.id)).toEqual(customers.slice(40, 50).sort());
  });

  it('refuses a file with no column, and a name that is taken', async () => {
    const empty = join(t.dir, 'empty.csv');
    writeFileSync(empty, '');
    await expect(importSegmentList(ws.db, { ...meta('Empty'), path: empty }, job)).rejects.toMatchObject({ reason: 'segmentListNoIdColumn', params: { file: 'empty.csv' } });
    const file = join(t.dir, 'one.csv');
    writeFileSync(file, `customer_id\n${customers[0]}\n`);
    await expect(importSegmentList(ws.db, { ...meta('called'), path: file }, job)).rejects.toMatchObject({ reason: 'segmentNameTaken' });
  });
});
