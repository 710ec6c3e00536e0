// The byte scan: a dashboard file built from the demo holds only what its widgets show.
// Every order id, ticket id and ticket text, survey comment, activity note and customer name of
// the workspace is searched for in the file's bytes, as UTF-8 and as UTF-16 (both byte orders);
// none may be found, except the names of the customers in the high-risk list's rows (and text
// that is part of what the widgets show anyway: a region, a city or an owner that contains it).
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardFileFixture, type DashboardFileFixture } from './dashboard-file-fixture';

/** String values of a JSON attributes column. */
function jsonStrings(text: string | null): string[] {
  if (text === null) return [];
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' ? Object.values(value).filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

const GRAM = 8;

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return le;
}

describe('a dashboard file holds no secret of the workspace', () => {
  let fx: DashboardFileFixture;
  beforeAll(async () => {
    fx = await dashboardFileFixture();
  }, 120_000);
  afterAll(() => fx.cleanup());

  it('has no order id, ticket text, survey comment, activity note or unshown customer name in its bytes', async () => {
    const written = await fx.write('secrets.churndash', { monthly: true });
    const bytes = readFileSync(written.path);
    // Every 8-byte window of the file: a longer secret can only be in it if its first 8 bytes are.
    const grams = new Set<string>();
    for (let i = 0; i + GRAM <= bytes.length; i++) grams.add(bytes.toString('latin1', i, i + GRAM));
    const contains = (encoded: Buffer) => (encoded.length < GRAM || grams.has(encoded.toString('latin1', 0, GRAM))) && bytes.includes(encoded);
    const file = new Database(written.path, { readonly: true });
    const shown = new Set<string>();
    try {
      for (const table of written.manifest.tables.map((t) => t.name).filter((n) => n.startsWith('list_') || n.startsWith('cube_'))) {
        for (const row of file.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
          for (const value of Object.values(row)) if (typeof value === 'string') shown.add(value);
        }
      }
    } finally {
      file.close();
    }
    const listed = [...shown];
    const shownText = listed.join('\u0000');
    const db = fx.ws.db;
    const strings = (sql: string) => (db.prepare(sql).pluck().all() as (string | null)[]).filter((s): s is string => s !== null && s.length > 0);
    const secrets: Record<string, string[]> = {
      orderIds: strings('SELECT order_id FROM orders'),
      ticketIds: strings('SELECT ticket_id FROM tickets'),
      ticketTexts: strings('SELECT DISTINCT attributes FROM tickets').flatMap(jsonStrings),
      ticketKinds: strings('SELECT DISTINCT kind FROM tickets'),
      surveyComments: strings('SELECT DISTINCT comment FROM surveys'),
      activityNotes: strings('SELECT DISTINCT attributes FROM activities').flatMap(jsonStrings),
      customerNames: strings('SELECT DISTINCT name FROM customers'),
      cancelReasons: strings('SELECT DISTINCT cancel_reason FROM customers'),
    };
    expect(secrets.orderIds?.length).toBeGreaterThan(1000);
    expect(secrets.surveyComments?.length).toBeGreaterThan(3);
    expect(secrets.customerNames?.length).toBeGreaterThan(1000);
    const found: string[] = [];
    let searched = 0;
    for (const [kind, values] of Object.entries(secrets)) {
      for (const secret of new Set(values)) {
        // What the widgets show may contain it (a shown name, an owner or a city): allowed.
        if (shownText.includes(secret)) continue;
        searched++;
        for (const encoded of [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le'), utf16be(secret)]) {
          if (contains(encoded)) found.push(`${kind}: ${secret}`);
        }
      }
    }
    expect(searched).toBeGreaterThan(1000);
    expect(found).toEqual([]);
    // The list's own names are there: the scan does find what the file holds.
    const shownName = listed.find((s) => secrets.customerNames?.includes(s));
    expect(shownName && bytes.includes(Buffer.from(shownName, 'utf8'))).toBe(true);
  });
});
