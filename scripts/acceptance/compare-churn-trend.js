// dashboard.churnTrend (from the API) vs an independent day-by-day SQL count.
import fs from 'node:fs';
import Database from 'better-sqlite3';
const t = JSON.parse(fs.readFileSync(process.argv[2])).result.points;
const db = new Database(process.argv[3], { readonly: true });
const stmt = db.prepare(`WITH RECURSIVE d(day) AS (SELECT ? UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < ?),
 active AS (SELECT c.customer_id FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.status <> 'cancelled' AND substr(o.order_date, 1, 10) BETWEEN date(?, '-90 days') AND date(?, '-1 day')))
 SELECT (SELECT count(*) FROM active) a, (SELECT count(*) FROM active x WHERE EXISTS (SELECT 1 FROM d WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = x.customer_id AND o.status <> 'cancelled' AND substr(o.order_date, 1, 10) BETWEEN date(d.day, '-89 days') AND d.day))) c`);
let same = 0;
t.forEach((p, i) => {
  const [y, m] = p.month.split('-').map(Number);
  const first = `${p.month}-01`;
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const r = stmt.get(first, last, first, first);
  const ok = r.a === p.activeAtStart && r.c === p.churned;
  same += ok ? 1 : 0;
  if (i >= t.length - 6) console.log(p.month, 'dashboard', p.activeAtStart, p.churned, `${(p.rate * 100).toFixed(2)}%`, '| independent SQL', r.a, r.c, ok ? 'equal' : 'DIFFERENT');
});
console.log(`${same} of ${t.length} months equal`);
