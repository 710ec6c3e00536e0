// Which SQL flavour a dump is written in decides how its strings are lexed (MySQL treats a
// backslash as an escape, PostgreSQL and SQLite do not), so it is sniffed from tell-tale syntax.

export type SqlDialect = 'mysql' | 'postgres' | 'sqlite' | 'mssql';

const SIGNS: Record<SqlDialect, readonly RegExp[]> = {
  mysql: [/`/, /\/\*!\d{5}/, /\bENGINE\s*=/i, /\bLOCK TABLES\b/i, /\bSET NAMES\b/i, /\bAUTO_INCREMENT\b/i, /^DELIMITER\s/im, /\bmysqldump\b/i, /\bUNSIGNED\b/i],
  postgres: [
    /\bpg_dump\b/i,
    /\bFROM stdin;/i,
    /\bsearch_path\b/i,
    /\bOWNER TO\b/i,
    /^\\(c|connect)\b/m,
    /\bstandard_conforming_strings\b/i,
    /\bpg_catalog\b/i,
    /\bSERIAL\b/i,
    /::(text|integer|date|timestamp)/i,
  ],
  sqlite: [/\bBEGIN TRANSACTION;/i, /\bPRAGMA\b/i, /\bAUTOINCREMENT\b/i, /\bsqlite_sequence\b/i],
  mssql: [/^\s*GO\s*$/im, /\[dbo\]\./i, /\bIDENTITY\s*\(/i, /\bNVARCHAR\s*\(\s*MAX\s*\)/i],
};

export function detectDialect(sample: string): SqlDialect {
  let best: SqlDialect = 'sqlite';
  let bestScore = 0;
  for (const d of Object.keys(SIGNS) as SqlDialect[]) {
    const score = SIGNS[d].filter((re) => re.test(sample)).length;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/** MySQL strings treat backslash as an escape (unless NO_BACKSLASH_ESCAPES, which dumps never rely on). */
export function backslashEscapes(dialect: SqlDialect): boolean {
  return dialect === 'mysql';
}
