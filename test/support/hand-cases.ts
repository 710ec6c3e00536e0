// A tiny workspace whose churn figures are counted by hand in the comments of
// test/store/churn-rates.test.ts. Data date = 2024-06-30 (the last day of June).
import type { Db } from '../../electron/store/database';

export const handOrders: [string, string, string, string?][] = [
  // [order_id, customer_id, order_date, status]
  ['a1', 'A', '2024-01-10'],
  ['a2', 'A', '2024-02-15 09:30:00'],
  ['b1', 'B', '2024-01-05'],
  ['b2', 'B', '2024-06-20'],
  ['c1', 'C', '2024-03-01'],
  ['c2', 'C', '2024-05-20', 'cancelled'],
  ['d1', 'D', '2024-02-01'],
  ['d2', 'D', '2024-05-01'],
  ['d3', 'D', '2024-06-30'],
  ['e1', 'E', '2024-04-10'],
];

export function seedHandCases(db: Db): void {
  const customer = db.prepare('INSERT INTO customers (customer_id, name, region, city, owner) VALUES (?, ?, ?, ?, ?)');
  const order = db.prepare(`INSERT INTO orders (order_id, customer_id, order_date, amount, status) VALUES (?, ?, ?, ?, coalesce(?, 'completed'))`);
  db.transaction(() => {
    const names: [string, string, string, string][] = [
      ['A', '张伟', '华东', '上海'],
      ['B', 'Beta Trading Ltd', '华南', '深圳'],
      ['C', '李娜', '华北', '北京'],
      ['D', '王芳', '华东', '杭州'],
      ['E', 'Echo Co', '西南', '成都'],
      ['F', '刘洋', '华中', '武汉'],
    ];
    for (const [id, name, region, city] of names) customer.run(id, name, region, city, '赵敏');
    for (const [id, cust, date, status] of handOrders) order.run(id, cust, date, 100, status ?? null);
  })();
}
