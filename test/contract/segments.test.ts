// Segments over every host: save / get / list / rename / duplicate / delete with their refusals,
// the builder's preview and value profiles, the grid's Segments column and Customer 360, and the
// two jobs (freeze, list import) — on the hand workspace whose scores are listed in
// test/support/hand-scores.ts (churn probability A .8, D .6, E .4, B .1, C and F unscored;
// regions A 华东, B 华南, C 华北, D 华东, E 西南, F 华中).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService, type Service } from '../../electron/service/service';
import { rebuildMartProfiles } from '../../electron/store/mart/build-mart';
import { openWorkspace } from '../../electron/store/workspace';
import type { CustomerRow } from '../../shared/contract/operations';
import type { Segment } from '../../shared/segments/definition';
import type { FilterNode } from '../../shared/query';
import { seedHandCases } from '../support/hand-cases';
import { seedHandScores } from '../support/hand-scores';
import { tempDir } from '../support/temp';
import { allTransports } from './all-transports';
import type { Transport } from './transports';

const EAST: FilterNode = { kind: 'condition', field: 'region', op: 'in', values: ['华东'] };
const RULE: FilterNode = {
  kind: 'group',
  op: 'and',
  children: [
    { kind: 'condition', field: 'region', op: 'in', values: ['华东', '华南'] },
    { kind: 'condition', field: 'churn_probability', op: '>=', value: 0.5 },
  ],
};
const meta = (name: string) => ({ name, description: '华东客户', tags: ['region'], color: 'cyan' });

for (const [label, connect] of allTransports) {
  describe(`segments over ${label}`, () => {
    const t = tempDir();
    const path = join(t.dir, 'segments.churn');
    let service: Service;
    let api: Transport;
    const ok = async <T>(name: string, input: unknown): Promise<T> => {
      const r = await api.invoke(name, input);
      if (!r.ok) throw new Error(`${name} failed: ${r.error.code} ${r.error.message}`);
      return r.result as T;
    };
    let east: Segment;

    beforeAll(async () => {
      const ws = await openWorkspace(path, { create: true });
      seedHandCases(ws.db);
      seedHandScores(ws.db);
      rebuildMartProfiles(ws.db);
      ws.close();
      service = createService(undefined, { workspaceFolder: t.dir });
      api = await connect(service, t.dir);
      const opened = await api.invoke('workspace.openNamed', { name: 'segments' });
      if (!opened.ok) throw new Error(opened.error.message);
      east = await ok<Segment>('segment.save', { ...meta('East'), definition: { schemaVersion: 1, filter: EAST } });
    });
    afterAll(async () => {
      await api.close();
      service.close();
      t.cleanup();
    });

    it('saves a segment and reads it back, listed with its size now', async () => {
      expect(east).toMatchObject({ kind: 'dynamic', name: 'East', description: '华东客户', tags: ['region'], color: 'cyan', size: 2, broken: null, usedBy: [], sizes: [] });
      expect(await ok('segment.get', { id: east.id })).toEqual(east);
      const listed = await ok<{ segments: Segment[]; asOf: string | null }>('segment.list', {});
      expect(listed.segments.map((s) => [s.name, s.size])).toEqual([['East', 2]]);
      expect(listed.asOf).toBe('2024-06-30');
    });

    it('refuses a taken name, an unknown field, a missing segment and a bad input with codes and params', async () => {
      expect(await api.invoke('segment.save', { ...meta('EAST'), definition: { schemaVersion: 1, filter: EAST } })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', reason: 'segmentNameTaken', params: { name: 'EAST' } },
      });
      expect(
        await api.invoke('segment.save', { ...meta('Bad'), definition: { schemaVersion: 1, filter: { kind: 'condition', field: 'no_such', op: '=', value: 1 } } }),
      ).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INPUT', reason: 'invalidQuery', params: { queryError: 'UNKNOWN_FIELD', field: 'no_such' } },
      });
      expect(await api.invoke('segment.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'segmentNotFound', params: { id: 999 } } });
      expect(await api.invoke('segment.save', { ...meta(''), definition: { schemaVersion: 1, filter: EAST } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(await api.invoke('segment.save', { ...meta('v2'), definition: { schemaVersion: 2, filter: EAST } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    });

    it('previews count, total, sample (highest churn probability first) and funnel', async () => {
      const preview = await ok<{ count: number; total: number; asOf: string; sample: { customer_id: string }[]; funnel: unknown[]; elapsedMs: number }>('segment.preview', {
        filter: RULE,
      });
      expect(preview).toMatchObject({ count: 2, total: 6, asOf: '2024-06-30' });
      expect(preview.sample.map((s) => s.customer_id)).toEqual(['A', 'D']);
      expect(preview.funnel).toEqual([
        { index: 0, count: 3 },
        { index: 1, count: 2 },
      ]);
      expect(preview.elapsedMs).toBeGreaterThanOrEqual(0);
      const wide = await ok<{ sample: { customer_id: string }[] }>('segment.preview', {
        filter: { kind: 'condition', field: 'region', op: 'not_empty' },
        sampleSize: 4,
        funnel: false,
      });
      expect(wide.sample.map((s) => s.customer_id)).toEqual(['A', 'D', 'E', 'B']);
    });

    it('profiles a field for the value picker, with search', async () => {
      const regions = await ok<{ kind: string; values: { value: string; count: number }[]; truncated: boolean; empty: number }>('segment.fieldProfile', { field: 'region' });
      expect(regions).toMatchObject({ kind: 'categories', truncated: false, empty: 0 });
      expect(regions.values[0]).toEqual({ value: '华东', count: 2 });
      expect(regions.values.reduce((s, v) => s + v.count, 0)).toBe(6);
      expect(await ok('segment.fieldProfile', { field: 'region', search: '华南' })).toEqual({
        kind: 'categories',
        values: [{ value: '华南', count: 1 }],
        truncated: false,
        empty: 0,
      });
      expect(await api.invoke('segment.fieldProfile', { field: 'nope' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', params: { queryError: 'UNKNOWN_FIELD' } } });
    });

    it('marks the grid rows and Customer 360 with the segments they belong to', async () => {
      const page = await ok<{ rows: CustomerRow[] }>('customers.list', { sort: [{ column: 'customer_id', direction: 'asc' }] });
      expect(page.rows.map((r) => [r.customer_id, r.segments])).toEqual([
        ['A', [east.id]],
        ['B', []],
        ['C', []],
        ['D', [east.id]],
        ['E', []],
        ['F', []],
      ]);
      expect(await ok('segment.ofCustomer', { customerId: 'D' })).toEqual({ segments: [{ id: east.id, name: 'East', color: 'cyan', kind: 'dynamic' }] });
      expect(await ok('segment.ofCustomer', { customerId: 'B' })).toEqual({ segments: [] });
    });

    it('freezes and imports lists as jobs, then renames, duplicates and deletes', async () => {
      const frozen = await ok<Segment>('segment.freeze', { ...meta('East today'), source: { segmentId: east.id } });
      expect(frozen).toMatchObject({ kind: 'list', size: 2, unknownMembers: 0, frozenFrom: east.id, definition: null });
      const file = join(t.dir, 'called.csv');
      writeFileSync(file, '客户编号,备注\nB,x\nE,y\nZZ,unknown\n');
      const imported = await ok<{ segment: Segment; imported: number; unknown: number; unknownExamples: string[] }>('segment.importList', { ...meta('Called'), path: file });
      expect(imported).toMatchObject({ imported: 2, unknown: 1, unknownExamples: ['ZZ'] });
      expect(imported.segment).toMatchObject({ kind: 'list', size: 2, unknownMembers: 1 });
      expect(await ok('segment.ofCustomer', { customerId: 'E' })).toEqual({ segments: [{ id: imported.segment.id, name: 'Called', color: 'cyan', kind: 'list' }] });

      const renamed = await ok<Segment>('segment.rename', { id: frozen.id, name: 'East frozen', tags: [] });
      expect(renamed).toMatchObject({ name: 'East frozen', tags: [], size: 2 });
      // What a rename leaves out is kept, never reset to a default.
      expect(await ok<Segment>('segment.rename', { id: frozen.id, name: 'East frozen' })).toMatchObject({ description: '华东客户', color: 'cyan', tags: [] });
      expect(await ok<Segment>('segment.rename', { id: frozen.id, color: 'red' })).toMatchObject({ name: 'East frozen', description: '华东客户', color: 'red' });
      const copy = await ok<Segment>('segment.duplicate', { id: east.id });
      expect(copy).toMatchObject({ name: 'East (copy)', kind: 'dynamic', size: 2 });
      expect(await ok('segment.delete', { id: copy.id })).toEqual({ deleted: true });
      expect(await api.invoke('segment.delete', { id: copy.id })).toMatchObject({ ok: false, error: { reason: 'segmentNotFound' } });
      const names = (await ok<{ segments: Segment[] }>('segment.list', {})).segments.map((s) => s.name);
      expect(names).toEqual(['Called', 'East', 'East frozen']);
    });
  });
}
