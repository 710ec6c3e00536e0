// `npm run bench [-- NAME]`: runs the benchmarks under test/bench and prints their medians.
import { run as cockpit } from './cockpit.bench';
import { run as customersGrid } from './customers-grid.bench';
import { run as dashboard } from './dashboard.bench';
import { run as dashboardFile } from './dashboard-file.bench';
import { run as exportBench } from './export.bench';
import { run as exportList } from './export-list.bench';
import { run as importCsv } from './import-csv.bench';
import { run as importOrderLines } from './import-order-lines.bench';
import { run as importPhases } from './import-phases.bench';
import { run as importXlsx } from './import-xlsx.bench';
import { run as importXlsxMemory } from './import-xlsx-memory.bench';
import { run as refresh } from './refresh.bench';
import { run as segmentExport } from './segment-export.bench';
import { run as segmentPreview } from './segment-preview.bench';
import { run as trainLogistic } from './train-logistic.bench';
import { run as warnings } from './warnings.bench';

const benches: Record<string, () => Promise<Record<string, number | string>>> = {
  cockpit,
  'customers-grid': customersGrid,
  dashboard,
  'dashboard-file': dashboardFile,
  export: exportBench,
  'export-list': exportList,
  'import-csv': importCsv,
  'import-xlsx': importXlsx,
  'import-xlsx-memory': importXlsxMemory,
  'import-order-lines': importOrderLines,
  'import-phases': importPhases,
  refresh,
  'segment-export': segmentExport,
  'segment-preview': segmentPreview,
  'train-logistic': trainLogistic,
  warnings,
};

const only = process.argv[2];
for (const [name, bench] of Object.entries(benches)) {
  if (only && only !== name) continue;
  process.stdout.write(`\n== ${name} ==\n`);
  const result = await bench();
  for (const [k, v] of Object.entries(result)) process.stdout.write(`${k.padEnd(64)} ${v}\n`);
}
