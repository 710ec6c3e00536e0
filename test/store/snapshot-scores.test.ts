// What a refresh stores per customer, piece by piece: the rounded numbers and JSON text of the
// score columns (against Number#toFixed and JSON.stringify, which they replace for speed),
// SQLite's order of customer ids, and the previous snapshot's health scores found by a merge
// pass rather than a map.
import { describe, expect, it } from 'vitest';
import { connect } from '../../electron/store/database';
import { CENTS, MICROS, ReasonTable, TEN_THOUSANDTHS, groupsJson, indicatorsJson, roundTo } from '../../electron/store/scoring/score-json';
import { compareUtf8, previousHealth } from '../../electron/store/scoring/snapshot-read';
import { mulberry32 } from '../../shared/scoring/rng';

// + 0: toFixed gives −0 for small negatives; SQLite stores −0.0 as 0 and JSON writes 0, so the two are one value here.
const viaToFixed = (v: number, digits: number) => (Number.isFinite(v) ? Number(v.toFixed(digits)) + 0 : null);

describe('score column text', () => {
  it('rounds exactly like Number(toFixed), ties and huge values included; NaN and ±∞ to null', () => {
    const random = mulberry32(11);
    const values: number[] = [0.125, 1.005, 2.675, 1.0049999999999999, 559054.8846405, 1e15 + 0.3, 3e20, -1e-7, 0.5, 1.5e-6, 99.995];
    for (let i = 0; i < 100_000; i++) values.push((random() - 0.3) * 10 ** Math.floor(random() * 13));
    // Exact halves at every scale: the products land on .5 exactly.
    for (let k = 0; k < 2000; k++) values.push((k + 0.5) / 100, (k + 0.5) / 1e4, (k + 0.5) / 1e6, -(k + 0.5) / 100);
    const differ = values.flatMap((v) =>
      [CENTS, TEN_THOUSANDTHS, MICROS].filter((d) => roundTo(v, d) !== viaToFixed(v, d)).map((d) => `${v} to ${d}: ${roundTo(v, d)} ≠ ${viaToFixed(v, d)}`),
    );
    expect(differ).toEqual([]);
    expect([NaN, Infinity, -Infinity].map((v) => roundTo(v, CENTS))).toEqual([null, null, null]);
    expect(Object.is(roundTo(-0.001, CENTS), 0)).toBe(true);
    expect(roundTo(-2.345678, CENTS)).toBe(-2.35);
    expect(roundTo(0.125, CENTS)).toBe(0.13);
  });

  it('writes the health breakdown as JSON.stringify writes the rounded arrays', () => {
    const random = mulberry32(5);
    const G = 5;
    const I = 9;
    const rows = 200;
    const maybeNaN = () => (random() < 0.15 ? NaN : random() * 100);
    const groupScore = Float64Array.from({ length: rows * G }, maybeNaN);
    const groupWeight = Float64Array.from({ length: rows * G }, () => random() / 3);
    const indicatorScore = Float64Array.from({ length: rows * I }, maybeNaN);
    for (let r = 0; r < rows; r++) {
      const groups = Array.from({ length: G }, (_, g) => [viaToFixed(groupScore[r * G + g]!, 2), viaToFixed(groupWeight[r * G + g]!, 6)]);
      const indicators = Array.from({ length: I }, (_, k) => viaToFixed(indicatorScore[r * I + k]!, 2));
      expect(groupsJson(groupScore, groupWeight, r * G, G)).toBe(JSON.stringify(groups));
      expect(indicatorsJson(indicatorScore, r * I, I)).toBe(JSON.stringify(indicators));
    }
    expect(groupsJson(groupScore, groupWeight, 0, 0)).toBe('[]');
  });

  it('keeps reasons compactly and writes them as [[source, reason type, contribution], …]', () => {
    const table = new ReasonTable(4, 3);
    const a = [
      { source: 'complaints_90d', reason: 'service' as const, contribution: 0.912345 },
      { source: 'attr:"quoted" \\ name', reason: 'price' as const, contribution: 0.5 },
      { source: '城市', reason: 'engagement' as const, contribution: NaN },
    ];
    table.set(0, a);
    table.set(2, [a[1]!]);
    table.set(3, [...a, { source: 'extra', reason: 'service' as const, contribution: 0.1 }]);
    const expected = (list: typeof a) => JSON.stringify(list.map((x) => [x.source, x.reason, viaToFixed(x.contribution, 4)]));
    expect(table.json(0)).toBe(expected(a));
    expect(table.json(1)).toBe('[]');
    expect(table.json(2)).toBe(expected([a[1]!]));
    expect(table.json(3)).toBe(expected(a));
    // The same source under another reason type keeps each row's own type.
    const other = new ReasonTable(3, 3);
    other.set(0, [a[0]!]);
    other.set(1, [{ ...a[0]!, reason: 'experience' }]);
    other.set(2, [a[0]!]);
    expect([0, 1, 2].map((r) => (JSON.parse(other.json(r)) as [string, string, number][])[0]?.[1])).toEqual(['service', 'experience', 'service']);
    expect(JSON.parse(table.json(0))).toEqual([
      ['complaints_90d', 'service', 0.9123],
      ['attr:"quoted" \\ name', 'price', 0.5],
      ['城市', 'engagement', null],
    ]);
  });
});

describe('customer id order and the previous snapshot', () => {
  // Ids whose UTF-16 order differs from their UTF-8 order: a surrogate pair (U+1F600) sorts
  // before U+FF21 by code units but after it by bytes.
  const ids = ['C1', 'C10', 'C2', 'c1', '张三', '\uff21x', '\u{1f600}x', 'Z', '\ue000', '\u{10000}', 'C1\u{1f600}', 'C1\uffff', '', 'é'];

  it('compareUtf8 orders strings exactly as SQLite (BINARY) and as their UTF-8 bytes', () => {
    const db = connect(':memory:', { readonly: false, fileMustExist: false });
    db.exec('CREATE TABLE t (id TEXT PRIMARY KEY)');
    for (const id of ids) db.prepare('INSERT INTO t VALUES (?)').run(id);
    const sqlite = db.prepare('SELECT id FROM t ORDER BY id').pluck().all() as string[];
    db.close();
    const bytes = [...ids].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect([...ids].sort(compareUtf8)).toEqual(sqlite);
    expect(sqlite).toEqual(bytes);
    // The case it exists for: plain < would put the surrogate pair first.
    expect([...ids].sort()).not.toEqual(sqlite);
  });

  it('previousHealth aligns the newest earlier snapshot with the current ids, NaN where it has none', () => {
    const db = connect(':memory:', { readonly: false, fileMustExist: false });
    db.exec(`
      CREATE TABLE snapshots (snapshot_id INTEGER PRIMARY KEY, as_of TEXT NOT NULL);
      CREATE TABLE customer_scores (snapshot_id INTEGER NOT NULL, customer_id TEXT NOT NULL, health_score REAL, tier TEXT, PRIMARY KEY (snapshot_id, customer_id));
      CREATE INDEX customer_scores_tier ON customer_scores (snapshot_id, tier);
      INSERT INTO snapshots VALUES (1, '2024-01-31'), (2, '2024-02-29'), (3, '2024-04-30');`);
    const random = mulberry32(3);
    // 20,000 previous rows: more than one page of the merge; every third id left out, some ids gone since.
    const all = Array.from({ length: 20_000 }, (_, i) => `K${(i * 7919) % 20_000}`).concat(ids);
    const previous = new Map<string, number | null>();
    const insert = db.prepare('INSERT INTO customer_scores VALUES (?, ?, ?, ?)');
    all.forEach((id, i) => {
      if (i % 3 === 0) return;
      const score = i % 11 === 0 ? null : Math.round(random() * 10_000) / 100;
      previous.set(id, score);
      insert.run(2, id, score, 'watch');
      insert.run(1, id, 1, 'watch');
      insert.run(3, id, 2, 'watch');
    });
    const current = db.prepare('SELECT DISTINCT customer_id FROM customer_scores ORDER BY customer_id').pluck().all() as string[];
    current.splice(5, 40);
    current.push('\u{10ffff}new');
    const got = previousHealth(db, '2024-03-31', current);
    const want = current.map((id) => previous.get(id) ?? NaN);
    expect(Array.from(got)).toEqual(want);
    expect(want.filter((v) => !Number.isNaN(v)).length).toBeGreaterThan(10_000);
    expect(Array.from(previousHealth(db, '2023-12-31', current)).every(Number.isNaN)).toBe(true);
    db.close();
  });
});
