// The import's shortcuts must give exactly convertField's value, and each derivation a shortcut
// claims must give that value again — in JavaScript and in SQLite (into the column's STRICT
// type) — or the rows the writer copies inside SQLite would differ from the rows it binds.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CAST, fieldShortcut, isoLength, ISO_DATE, ISO_DATETIME, plainDecimal, SAME, SLOW } from '../../../electron/import/fast-convert';
import { derivationSql, derivedValue } from '../../../electron/import/writer/derivations';
import { canonicalTables, type CanonicalField } from '../../../shared/domain/canonical-tables';
import type { RawValue } from '../../../shared/import/convert';
import { convertField } from '../../../shared/import/field-value';

function field(table: keyof typeof canonicalTables, name: string): CanonicalField {
  const f = (canonicalTables[table].fields as readonly CanonicalField[]).find((x) => x.name === name);
  if (!f) throw new Error(`${table}.${name}`);
  return f;
}

/** Field, its column's STRICT type, and how many corpus cells its shortcut must take at least. */
const FIELDS: [string, CanonicalField, 'TEXT' | 'REAL' | 'INTEGER', number][] = [
  ['text', field('orders', 'product'), 'TEXT', 5000],
  ['decimal', field('orders', 'amount'), 'REAL', 3000],
  ['integer', field('activities', 'count'), 'INTEGER', 1500],
  ['date', field('customers', 'signup_date'), 'TEXT', 900],
  ['datetime', field('orders', 'order_date'), 'TEXT', 900],
  ['enum', field('orders', 'status'), 'TEXT', 5],
  ['boolean flag', field('customers', 'churned'), 'TEXT', 10],
];
/** Enum and flag words are never derived from the cell in SQL (the writer binds them, or the cell equals the value). */
const DERIVED = FIELDS.slice(0, 5);

const EDGES: RawValue[] = [
  '0',
  '-0',
  '-0.0',
  '007',
  '1.',
  '.5',
  '-.5',
  '1e5',
  '1E-3',
  '+1',
  '12 ',
  ' 12',
  '１２',
  '1,234',
  '1,234.5',
  '¥12',
  '12万',
  '(12)',
  '-',
  '.',
  '--1',
  '123456789012345',
  '1234567890123456',
  '0.1',
  '0.30000000000000004',
  '-12.50',
  '99999999999999.9',
  '9007199254740993',
  '5.0',
  '5.5',
  '2024-02-29',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-04-31',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2024-1-5',
  '2024/03/05',
  '20240305',
  '2024-03-05 00:00:00',
  '2024-03-05 23:59:59',
  '2024-03-05 24:00:00',
  '2024-03-05 10:60:00',
  '2024-03-05T10:30:00',
  '2024-03-05 10:30',
  '2024-03-05  10:30:00',
  '2024-03-05 10:30:00Z',
  '45000',
  '45000.5',
  'abc',
  'a b',
  ' a',
  'a ',
  '\u3000a',
  'a\u00a0',
  '\ufeffa',
  '交易成功',
  'completed',
  'Completed ',
  '退款',
  'yes',
  'Y',
  '是',
  '否',
  '1',
  'true',
  'NA',
  '',
  '   ',
  0,
  -0,
  3,
  3.5,
  45000,
  1e21,
  Number.NaN,
  2 ** 53 + 2,
];

/** Deterministic cells: random strings over an alphabet of the characters that matter, plus near-ISO dates. */
function corpus(): RawValue[] {
  let seed = 20240305;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const alphabet = '0123456789012345678901234567890123456789-.-.: /,e+¥万 Ta１';
  const out: RawValue[] = [...EDGES];
  for (let i = 0; i < 6000; i++) {
    const len = 1 + next(20);
    let s = '';
    for (let k = 0; k < len; k++) s += alphabet[next(alphabet.length)];
    out.push(s);
  }
  const two = (n: number): string => String(n).padStart(2, '0');
  for (let i = 0; i < 4000; i++) {
    const date = `${String(next(2) ? 1900 + next(200) : next(10000)).padStart(4, '0')}-${two(next(14))}-${two(next(33))}`;
    out.push(next(3) === 0 ? date : `${date} ${two(next(3) ? next(25) : 0)}:${two(next(3) ? next(61) : 0)}:${two(next(3) ? next(61) : 0)}`);
    out.push(`${next(2) ? '-' : ''}${next(100000)}${next(2) ? `.${next(1000)}` : ''}`);
  }
  return out;
}

const BITS = [SAME, CAST, ISO_DATETIME, ISO_DATE];

describe('import shortcuts agree with convertField', () => {
  const cells = corpus();

  it.each(FIELDS)('%s', (_name, f, _type, least) => {
    const shortcut = fieldShortcut(f, {});
    let fast = 0;
    for (const cell of cells) {
      const value = shortcut.convert(cell);
      if (value === SLOW) continue;
      fast++;
      const slow = convertField(cell, f, {});
      expect({ cell, slow }).toEqual({ cell, slow: { ok: true, value } });
      expect(Object.is(slow.ok && slow.value, value)).toBe(true);
      for (const bit of BITS) {
        if (!(shortcut.bits & bit)) continue;
        const derived = derivedValue(bit, cell as string | number | null);
        expect({ cell, bit, derived: derived === undefined ? cell : derived }).toEqual({ cell, bit, derived: value });
      }
    }
    // The corpus is built to exercise the shortcuts, not only the general path.
    expect(fast).toBeGreaterThan(least);
  });

  it('decimal comma: no shortcut for numbers (the point is a thousands separator there)', () => {
    const shortcut = fieldShortcut(field('orders', 'amount'), { decimalComma: true });
    expect(shortcut.convert('1.234')).toBe(SLOW);
    expect(convertField('1.234', field('orders', 'amount'), { decimalComma: true })).toEqual({ ok: true, value: 1234 });
  });

  it('the scanners', () => {
    expect(plainDecimal('-12.50')).toBe(-12.5);
    expect(plainDecimal('1234567890123456')).toBe(SLOW);
    expect(plainDecimal('1.')).toBe(SLOW);
    expect(plainDecimal('-0')).toBe(SLOW);
    expect(isoLength('2024-02-29 23:59:59')).toBe(19);
    expect(isoLength('2023-02-29')).toBe(0);
    expect(isoLength('1900-02-29')).toBe(0);
    expect(isoLength('2000-02-29')).toBe(10);
  });
});

describe('derivations in SQLite store what binding the value stores', () => {
  const cells = corpus();
  const db = new Database(':memory:');

  it.each(DERIVED)('%s', (_name, f, type) => {
    const shortcut = fieldShortcut(f, {});
    db.exec(`DROP TABLE IF EXISTS raw; DROP TABLE IF EXISTS bound; CREATE TABLE raw (id INTEGER PRIMARY KEY, x); CREATE TABLE bound (id INTEGER PRIMARY KEY, v ${type}) STRICT`);
    const claims: Record<number, number[]> = {};
    const insertRaw = db.prepare('INSERT INTO raw (id, x) VALUES (?, ?)');
    const insertBound = db.prepare('INSERT INTO bound (id, v) VALUES (?, ?)');
    cells.forEach((cell, id) => {
      const value = shortcut.convert(cell);
      if (value === SLOW || (typeof cell !== 'string' && typeof cell !== 'number')) return;
      insertRaw.run(id, cell);
      insertBound.run(id, value);
      for (const bit of BITS) if (shortcut.bits & bit) (claims[bit] ??= []).push(id);
    });
    let compared = 0;
    for (const bit of BITS) {
      const ids = claims[bit];
      if (!ids) continue;
      db.exec(`DROP TABLE IF EXISTS copied; CREATE TABLE copied (id INTEGER PRIMARY KEY, v ${type}) STRICT`);
      db.exec(`INSERT INTO copied (id, v) SELECT id, ${derivationSql(bit, 'x')} FROM raw WHERE id IN (${ids.join(',')})`);
      const differ = db
        .prepare(
          'SELECT c.id, c.v AS copied, typeof(c.v) AS t1, b.v AS bound, typeof(b.v) AS t2 FROM copied c JOIN bound b USING (id) WHERE c.v IS NOT b.v OR typeof(c.v) <> typeof(b.v)',
        )
        .all();
      expect({ bit, differ }).toEqual({ bit, differ: [] });
      compared += ids.length;
    }
    expect(compared).toBeGreaterThan(0);
  });
});
