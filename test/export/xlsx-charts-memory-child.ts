// Child process of the memory test and bench: adds a chart and a picture to sheet `sheet` of the
// workbook at `path` and prints its RSS when it started and its peak (maxRSS) after, in bytes,
// so the parent sees what addDrawings itself costs, apart from whatever wrote the workbook.
import { addDrawings } from '../../electron/export/xlsx-charts/add-drawings';
import { picturePng } from './xlsx-charts-workbook';

const [path, sheetArg, sheetName] = process.argv.slice(2);
if (!path || !sheetArg || !sheetName) throw new Error('usage: xlsx-charts-memory-child PATH SHEET SHEET_NAME');
const png = picturePng();
const startRss = process.memoryUsage().rss;
const started = performance.now();
const quoted = `'${sheetName.replace(/'/g, "''")}'`;
await addDrawings(path, [
  {
    sheet: Number(sheetArg),
    parts: [
      {
        kind: 'chart',
        anchor: { from: { col: 6, row: 1 }, to: { col: 14, row: 18 } },
        chart: {
          type: 'bar',
          horizontal: false,
          title: '前十客户',
          categories: `${quoted}!$A$2:$A$11`,
          series: [{ name: '流失概率', values: `${quoted}!$D$2:$D$11`, type: 'bar', secondaryAxis: false, color: '#1b5fd1' }],
          numberFormat: '0.0%',
          warningLine: null,
        },
      },
      { kind: 'image', anchor: { from: { col: 6, row: 20 }, to: { col: 10, row: 26 } }, png, name: '图片' },
    ],
  },
]);
const ms = Math.round(performance.now() - started);
process.stdout.write(JSON.stringify({ startRss, maxRss: process.resourceUsage().maxRSS * 1024, ms }) + '\n');
