// Recognises the few statements that carry data (CREATE TABLE, INSERT/REPLACE, COPY) and names
// every other kind so the reader can report what it skipped ({ 'CREATE TRIGGER': 6, SET: 40 }).

import type { SourceValue } from '../source';
import type { Lexer, Token } from './lexer';
import { displayName } from './names';

const CREATE_MODIFIERS = new Set([
  'OR',
  'REPLACE',
  'TEMPORARY',
  'TEMP',
  'UNLOGGED',
  'GLOBAL',
  'LOCAL',
  'UNIQUE',
  'FULLTEXT',
  'SPATIAL',
  'CLUSTERED',
  'NONCLUSTERED',
  'RECURSIVE',
  'AGGREGATE',
  'ONLINE',
  'OFFLINE',
  'IGNORE',
]);

function word(t: Token): string | null {
  return t.t === 'id' && !t.quoted ? t.v.toUpperCase() : null;
}

/** 'CREATE TRIGGER', 'SET', 'LOCK TABLES', … for any statement; consumes tokens from the lexer. */
export function statementKind(lx: Lexer): string {
  const first = word(lx.next());
  if (first === null) return 'OTHER';
  if (first === 'CREATE' || first === 'ALTER' || first === 'DROP') {
    for (let guard = 0; guard < 20; guard++) {
      const t = lx.next();
      const w = word(t);
      if (w === null) {
        if (t.t === 'eof') break;
        continue;
      }
      if (CREATE_MODIFIERS.has(w)) continue;
      if (w === 'DEFINER') {
        // DEFINER = `user`@`host` | CURRENT_USER[()]
        lx.accept('=');
        lx.next();
        if (lx.accept('@')) lx.next();
        if (lx.accept('(')) lx.accept(')');
        continue;
      }
      if (w === 'ALGORITHM') {
        lx.accept('=');
        lx.next();
        continue;
      }
      if (w === 'SQL') {
        lx.next();
        lx.next();
        continue;
      }
      if (w === 'MATERIALIZED') return `${first} MATERIALIZED VIEW`;
      return `${first} ${w}`;
    }
    return first;
  }
  if (first === 'LOCK' || first === 'UNLOCK') return `${first} TABLES`;
  if (first === 'START') return 'START TRANSACTION';
  if (first === 'COMMENT') return 'COMMENT ON';
  return first;
}

export function parseQualifiedName(lx: Lexer): string[] | null {
  const parts: string[] = [];
  for (;;) {
    const t = lx.next();
    if (t.t !== 'id' && !(t.t === 'str' && t.prefix === '')) return parts.length ? parts : null;
    parts.push(t.v);
    if (!lx.accept('.')) return parts;
  }
}

function skipParens(lx: Lexer): void {
  let depth = 1;
  while (depth > 0) {
    const t = lx.next();
    if (t.t === 'eof') return;
    if (t.t === 'p' && t.v === '(') depth++;
    else if (t.t === 'p' && t.v === ')') depth--;
  }
}

const ELEMENT_KEYWORDS = new Set(['CONSTRAINT', 'PRIMARY', 'FOREIGN', 'UNIQUE', 'KEY', 'INDEX', 'CHECK', 'FULLTEXT', 'SPATIAL', 'EXCLUDE', 'LIKE', 'PERIOD']);

export interface CreateTable {
  name: string;
  columns: string[];
  /** PostgreSQL: CREATE TABLE child PARTITION OF parent. */
  partitionOf?: string;
}

/** Lexer positioned after CREATE … TABLE (statementKind has consumed the kind). */
export function parseCreateTable(lx: Lexer): CreateTable | null {
  if (lx.accept('IF')) {
    lx.accept('NOT');
    lx.accept('EXISTS');
  }
  const parts = parseQualifiedName(lx);
  if (!parts) return null;
  const name = displayName(parts);
  if (lx.accept('PARTITION')) {
    lx.accept('OF');
    const parent = parseQualifiedName(lx);
    return parent ? { name, columns: [], partitionOf: displayName(parent) } : null;
  }
  if (!lx.accept('(')) return { name, columns: [] };
  const columns: string[] = [];
  for (;;) {
    const t = lx.next();
    if (t.t === 'eof' || (t.t === 'p' && t.v === ')')) break;
    const w = word(t);
    const isColumn = (t.t === 'id' || (t.t === 'str' && t.prefix === '')) && !(w !== null && ELEMENT_KEYWORDS.has(w));
    if (isColumn) columns.push(t.v);
    // Skip the rest of the element up to the next top-level comma.
    let depth = 0;
    for (;;) {
      const u = lx.peek();
      if (u.t === 'eof') break;
      if (u.t === 'p' && u.v === '(') depth++;
      else if (u.t === 'p' && u.v === ')') {
        if (depth === 0) break;
        depth--;
      } else if (u.t === 'p' && u.v === ',' && depth === 0) {
        lx.next();
        break;
      }
      lx.next();
    }
  }
  return { name, columns };
}

export interface InsertHead {
  name: string;
  columns: string[] | null;
}

export type InsertParse = { ok: true; head: InsertHead } | { ok: false; kind: string };

/** Lexer positioned after INSERT / REPLACE; leaves it at the first tuple's '('. */
export function parseInsertHead(lx: Lexer): InsertParse {
  while (lx.accept('LOW_PRIORITY') || lx.accept('DELAYED') || lx.accept('HIGH_PRIORITY') || lx.accept('IGNORE')) {
    /* MySQL modifiers */
  }
  if (lx.accept('OR')) lx.next(); // sqlite: INSERT OR REPLACE / OR IGNORE
  lx.accept('INTO');
  const parts = parseQualifiedName(lx);
  if (!parts) return { ok: false, kind: 'INSERT (unparsed)' };
  const name = displayName(parts);
  let columns: string[] | null = null;
  if (lx.accept('AS')) lx.next();
  const paren = lx.peek();
  if (paren.t === 'p' && paren.v === '(') {
    lx.next();
    // '(' directly followed by SELECT/WITH/VALUES is a subquery, not a column list.
    const w = word(lx.peek());
    if (w === 'SELECT' || w === 'WITH' || w === 'VALUES') return { ok: false, kind: 'INSERT … SELECT' };
    columns = [];
    for (;;) {
      const t = lx.next();
      if (t.t === 'eof') return { ok: false, kind: 'INSERT (unparsed)' };
      if (t.t === 'p' && t.v === ')') break;
      if (t.t === 'p' && t.v === ',') continue;
      if (t.t === 'id' || t.t === 'str') columns.push(t.v);
    }
  }
  if (lx.accept('OVERRIDING')) {
    lx.next();
    lx.accept('VALUE');
  }
  if (lx.accept('VALUES') || lx.accept('VALUE')) return { ok: true, head: { name, columns } };
  const w = word(lx.peek());
  if (w === 'SELECT' || w === 'WITH' || w === 'TABLE') return { ok: false, kind: 'INSERT … SELECT' };
  if (w === 'SET') return { ok: false, kind: 'INSERT … SET' };
  if (w === 'DEFAULT') return { ok: false, kind: 'INSERT DEFAULT VALUES' };
  return { ok: false, kind: 'INSERT (unparsed)' };
}

export type ValueIssue = 'expression' | 'default';

export interface Tuple {
  values: SourceValue[];
  line: number;
  issue?: ValueIssue;
}

/** Plain-number text → number when exact in a double, else the exact text. */
export function numberValue(text: string): SourceValue {
  if (/^[+-]?\d+$/.test(text)) {
    const n = Number(text);
    return Number.isSafeInteger(n) ? n || 0 : text.replace(/^\+/, '');
  }
  const digits = text
    .replace(/[eE].*$/, '')
    .replace(/[^0-9]/g, '')
    .replace(/^0+/, '');
  if (digits.length > 15) return text;
  const n = Number(text);
  return Number.isFinite(n) ? n || 0 : text;
}

function hexBytes(hex: string): Uint8Array {
  return new Uint8Array(Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex'));
}

function literal(t: Token): SourceValue | undefined {
  switch (t.t) {
    case 'num':
      return numberValue(t.v);
    case 'hex':
      return hexBytes(t.v);
    case 'str':
      if (t.prefix === 'X') return hexBytes(t.v);
      if (t.prefix === 'B') return /^[01]{1,53}$/.test(t.v) ? parseInt(t.v, 2) : t.v;
      if (t.prefix === '_binary') return new Uint8Array(Buffer.from(t.v, 'utf8'));
      return t.v;
    case 'id': {
      if (t.quoted) return t.v;
      const w = t.v.toUpperCase();
      if (w === 'NULL') return null;
      if (w === 'TRUE') return 1;
      if (w === 'FALSE') return 0;
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Reads one value expression up to ',' or ')' at depth 0; non-literals come back as their SQL text. */
function readValue(lx: Lexer): { value: SourceValue; issue?: ValueIssue } {
  const first = lx.next();
  let value: SourceValue | undefined;
  let issue: ValueIssue | undefined;
  const peeked = lx.peek();
  if (first.t === 'p' && (first.v === '-' || first.v === '+') && peeked.t === 'num') {
    lx.next();
    value = numberValue(first.v === '-' ? `-${peeked.v}` : peeked.v);
  } else if (first.t === 'id' && !first.quoted && first.v.toUpperCase() === 'DEFAULT') {
    value = null;
    issue = 'default';
  } else {
    value = literal(first);
  }
  // PostgreSQL casts ('2021-01-01'::date, '{1,2}'::int[]) do not change the literal.
  while (value !== undefined && lx.accept('::')) {
    lx.next();
    while (lx.accept('(')) skipParens(lx);
    while (lx.accept('[')) lx.accept(']');
  }
  const after = lx.peek();
  if (value !== undefined && after.t === 'p' && (after.v === ',' || after.v === ')')) return { value, issue };
  // Anything else (NOW(), ST_GeomFromText(…), 1 + 2) is kept as the expression's text.
  let depth = 0;
  let end = first.e;
  for (;;) {
    const t = lx.peek();
    if (t.t === 'eof') break;
    if (t.t === 'p' && depth === 0 && (t.v === ',' || t.v === ')')) break;
    if (t.t === 'p' && t.v === '(') depth++;
    if (t.t === 'p' && t.v === ')') depth--;
    end = t.e;
    lx.next();
  }
  return { value: lx.text.slice(first.s, end), issue: 'expression' };
}

/** Tuples of a VALUES list, one at a time. */
export function* readTuples(lx: Lexer): Generator<Tuple> {
  for (;;) {
    const open = lx.next();
    if (!(open.t === 'p' && open.v === '(')) return;
    const values: SourceValue[] = [];
    let issue: ValueIssue | undefined;
    if (!lx.accept(')')) {
      for (;;) {
        const v = readValue(lx);
        values.push(v.value);
        issue ??= v.issue;
        const sep = lx.next();
        if (sep.t === 'p' && sep.v === ',') continue;
        break;
      }
    }
    yield { values, line: open.line, issue };
    if (!lx.accept(',')) return;
  }
}

export interface CopyHead {
  name: string;
  columns: string[] | null;
  delimiter: string;
  textFormat: boolean;
}

/** Lexer positioned after COPY. */
export function parseCopyHead(lx: Lexer): CopyHead | null {
  const parts = parseQualifiedName(lx);
  if (!parts) return null;
  let columns: string[] | null = null;
  if (lx.accept('(')) {
    columns = [];
    for (;;) {
      const t = lx.next();
      if (t.t === 'eof' || (t.t === 'p' && t.v === ')')) break;
      if (t.t === 'id') columns.push(t.v);
    }
  }
  let delimiter = '\t';
  let textFormat = true;
  // Options after FROM stdin: WITH (FORMAT csv, DELIMITER ',') or legacy DELIMITER ',' / CSV.
  for (let t = lx.next(); t.t !== 'eof'; t = lx.next()) {
    const w = word(t);
    if (w === 'CSV' || w === 'BINARY') textFormat = false;
    if (w === 'FORMAT') {
      const f = word(lx.next());
      if (f !== 'TEXT') textFormat = false;
    }
    if (w === 'DELIMITER') {
      lx.accept('AS');
      const d = lx.next();
      if (d.t === 'str' && d.v.length === 1) delimiter = d.v;
    }
  }
  return { name: displayName(parts), columns, delimiter, textFormat };
}
