// Writes a large orders workbook the way exporting systems do: row by row through exceljs's
// streaming writer (so writing it never holds the sheet in memory), with shared strings, a
// date style and mixed text/number columns — 8 columns, one header row.
import ExcelJS from 'exceljs';

const DAY_MS = 86_400_000;
const STATUSES = ['已完成', '已发货', '退款', 'completed', 'cancelled'];
const CITIES = ['上海', '北京', '广州', '深圳', '杭州', '成都', 'Wuhan', "Xi'an"];

export async function writeOrdersWorkbook(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('orders');
  ws.columns = [
    { header: 'order_id', key: 'order_id' },
    { header: 'customer_id', key: 'customer_id' },
    { header: 'order_date', key: 'order_date', style: { numFmt: 'yyyy-mm-dd' } },
    { header: 'amount', key: 'amount' },
    { header: 'quantity', key: 'quantity' },
    { header: 'product', key: 'product' },
    { header: 'status', key: 'status' },
    { header: 'city', key: 'city' },
  ];
  const start = Date.UTC(2021, 0, 1);
  const customers = Math.max(1, Math.floor(rows / 10));
  for (let i = 1; i <= rows; i++) {
    ws.addRow([
      `O${i}`,
      `C${1 + ((i * 7919) % customers)}`,
      new Date(start + (i % 1461) * DAY_MS),
      (i % 9973) / 10,
      1 + (i % 5),
      `商品${i % 500}`,
      STATUSES[i % STATUSES.length],
      CITIES[i % CITIES.length],
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}
