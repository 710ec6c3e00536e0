// The child process of segment-export.bench.ts: one call-list export on a read-only connection,
// as the job's thread does, importing only what the job imports so that its peak RSS is the
// export's. Prints {rows, seconds, cpuSeconds}.
import { connect } from '../../electron/store/database';
import { workspaceCatalog } from '../../electron/store/analytics/workspace-catalog';
import { writeCallList } from '../../electron/export/call-list/write-call-list';
import { compileFilter, sqliteDialect, type FilterNode } from '../../shared/query';

const [workspace, filterJson, asOf, format, encoding, out] = process.argv.slice(2) as [string, string, string, 'xlsx' | 'csv', 'utf8' | 'gb18030', string];
const db = connect(workspace, { readonly: true, fileMustExist: true });
const catalog = workspaceCatalog(db);
const where = compileFilter(JSON.parse(filterJson) as FilterNode, { resolveField: (id) => catalog.field('customer', id), dialect: sqliteDialect, asOf });
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const { rows } = await writeCallList(db, { where, format, encoding, language: 'zh-CN', path: out });
const seconds = (performance.now() - t0) / 1000;
// CPU of every thread (zlib deflates on the pool): the figure a busy shared machine does not inflate.
const cpu = process.cpuUsage(cpu0);
db.close();
process.stdout.write(`${JSON.stringify({ rows, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 })}\n`);
