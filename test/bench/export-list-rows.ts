// The rows of the export-list bench: 100,000 customers of a high-risk list with the columns an
// analyst exports (id, name, owner, region, tier, health, probability, CLV, reasons), made from
// the row number so the workbook and the CSV reference write the same cells. A tenth of the names
// start with '+' (a phone-like payload) and must be neutralised, as a real list's would.
import type { Cell } from '../../shared/dashboards/widget-data';
import type { ExportColumn } from '../../shared/export/document';

export const LIST_ROWS = 100_000;
export const PAGE_ROWS = 5000;

export const LIST_COLUMNS: ExportColumn[] = [
  { key: 'customer_id', label: '客户编号', format: 'code' },
  { key: 'name', label: '客户名称', format: 'text' },
  { key: 'owner', label: '负责人', format: 'text' },
  { key: 'region', label: '地区', format: 'text' },
  { key: 'tier', label: '健康等级', format: 'text' },
  { key: 'health', label: '健康分', format: 'score' },
  { key: 'churn_probability', label: '流失概率', format: 'probability' },
  { key: 'clv', label: '客户价值', format: 'currency' },
  { key: 'reasons', label: '主要原因', format: 'text' },
];

const OWNERS = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄强'];
const REGIONS = ['华北', '华东', '华南', '华中', '西南', '西北', '东北'];
const TIERS = ['健康', '关注', '高风险'];
const REASONS = ['近 90 天未下单', '客单价下降 35%', '投诉 2 次未解决', '竞品低价促销', '联系人离职', '账期逾期'];

export function rowOf(n: number): Cell[] {
  const health = 20 + ((n * 37) % 800) / 10;
  return [
    `C${String(n + 1).padStart(7, '0')}`,
    n % 10 === 0 ? `+86 客户${n + 1}` : `客户${n + 1}有限公司`,
    OWNERS[n % OWNERS.length]!,
    REGIONS[n % REGIONS.length]!,
    TIERS[health >= 70 ? 0 : health >= 40 ? 1 : 2]!,
    health,
    ((n * 7919) % 1000) / 1000,
    Math.round(((n * 104729) % 5_000_000) + 1000) / 10,
    `${REASONS[n % REASONS.length]!}；${REASONS[(n + 3) % REASONS.length]!}`,
  ];
}

export async function* rowPages(): AsyncIterable<Cell[][]> {
  for (let start = 0; start < LIST_ROWS; start += PAGE_ROWS) {
    const page: Cell[][] = [];
    for (let n = start; n < Math.min(LIST_ROWS, start + PAGE_ROWS); n++) page.push(rowOf(n));
    yield await Promise.resolve(page);
  }
}
