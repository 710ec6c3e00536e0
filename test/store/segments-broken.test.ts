// A saved segment on an imported attribute: after a re-import whose file lacks that column the
// attribute leaves the catalog, and the segment is reported broken (UNKNOWN_FIELD naming the
// field) by list, get and membersWhere — never a crash; the grid and Customer 360 skip it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../electron/import/run-import';
import { openWorkspace, type Workspace } from '../../electron/store/workspace';
import { workspaceCatalog } from '../../electron/store/analytics/workspace-catalog';
import { listCustomerPage } from '../../electron/store/analytics/customer-page';
import { membersWhere } from '../../electron/store/segments/members-where';
import { describeSegment, describeSegments } from '../../electron/service/segments/describe';
import { saveSegment } from '../../electron/service/segments/writes';
import { segmentsOfCustomer } from '../../electron/service/segments/of-customer';
import { CustomerListInputSchema } from '../../shared/contract/operations';
import { AppError } from '../../shared/contract/errors';
import { tempDir } from '../support/temp';

const SETTINGS = { dayFirst: false, decimalComma: false };

describe('a segment whose attribute a re-import dropped', () => {
  const t = tempDir();
  let ws: Workspace;
  let path: string;
  let fieldId: string;

  beforeAll(async () => {
    path = join(t.dir, 'w.churn');
    (await openWorkspace(path, { create: true })).close();
    const withAttribute = join(t.dir, 'customers.csv');
    writeFileSync(withAttribute, 'customer_id,name,region,兴趣爱好\nC1,甲,华东,钓鱼\nC2,乙,华南,登山\nC3,丙,华东,钓鱼\n');
    await runImport(path, { files: [{ path: withAttribute, options: {} }], mapping: 'auto', mode: 'replace', settings: SETTINGS });
    ws = await openWorkspace(path);
    const field = workspaceCatalog(ws.db).fields.find((f) => f.attributeKey === '兴趣爱好');
    if (!field)
      throw new Error(
        `attribute not discovered: ${workspaceCatalog(ws.db)
          .fields.map((f) => f.id)
          .join(', ')}`,
      );
    fieldId = field.id;
  });
  afterAll(() => {
    ws.close();
    t.cleanup();
  });

  it('counts while the attribute exists, and is broken once a re-import drops the column', async () => {
    const saved = saveSegment(ws.db, {
      name: 'Gold',
      description: '',
      tags: [],
      color: 'gold',
      definition: { schemaVersion: 1, filter: { kind: 'condition', field: fieldId, op: '=', value: '钓鱼' } },
    });
    expect(saved.broken).toBeNull();
    expect(saved.size).toBe(2);
    expect(segmentsOfCustomer(ws.db, 'C1').map((s) => s.name)).toEqual(['Gold']);
    ws.close();

    const without = join(t.dir, 'customers2.csv');
    writeFileSync(without, 'customer_id,name,region\nC1,甲,华东\nC2,乙,华南\nC3,丙,华东\n');
    await runImport(path, { files: [{ path: without, options: {} }], mapping: 'auto', mode: 'replace', settings: SETTINGS });
    ws = await openWorkspace(path);

    const broken = describeSegment(ws.db, saved.id);
    expect(broken.broken).toEqual({ code: 'UNKNOWN_FIELD', params: { field: fieldId } });
    expect(broken.size).toBeNull();
    // The rule is still shown so the analyst can mend it.
    expect(broken.definition?.filter).toEqual({ kind: 'condition', field: fieldId, op: '=', value: '钓鱼' });
    expect(describeSegments(ws.db).map((s) => [s.name, s.broken?.code])).toEqual([['Gold', 'UNKNOWN_FIELD']]);

    let refused: unknown;
    try {
      membersWhere(ws.db, { segmentId: saved.id });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'INVALID_INPUT', reason: 'segmentBroken', params: { code: 'UNKNOWN_FIELD', field: fieldId } });

    const page = listCustomerPage(ws.db, CustomerListInputSchema.parse({}));
    expect(page.total).toBe(3);
    expect(page.rows.every((r) => r.segments?.length === 0)).toBe(true);
    expect(segmentsOfCustomer(ws.db, 'C1')).toEqual([]);
  });
});
