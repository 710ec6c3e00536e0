// A throwaway PostgreSQL server for the optional integration run: initdb in a temp dir,
// locale C.UTF-8 (where lower() folds É, as production locales do, so the dialect's ASCII-only
// folding is really tested), a Unix socket only (no TCP), fsync off, stopped and deleted
// afterwards. Statements go through psql in one batch per call; bound values are sent with
// PREPARE / EXECUTE, untyped, like a driver sending text parameters, so PostgreSQL infers
// every parameter type from context.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = '/usr/lib/postgresql';

function binDir(): string | undefined {
  if (!existsSync(ROOT)) return undefined;
  const versions = readdirSync(ROOT)
    .filter((v) => existsSync(join(ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(ROOT, versions[0], 'bin');
}

function postgresUid(): number | undefined {
  try {
    return Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  } catch {
    return undefined;
  }
}

const isRoot = process.getuid?.() === 0;

/** PostgreSQL refuses to run as root: then everything runs as the `postgres` user. QUERY_SKIP_POSTGRES=1 skips the run. */
export const postgresAvailable = process.env.QUERY_SKIP_POSTGRES !== '1' && binDir() !== undefined && (!isRoot || (postgresUid() !== undefined && existsSync('/usr/sbin/runuser')));

export function literal(value: string | number | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}

export class PostgresServer {
  private readonly dir = mkdtempSync(join(tmpdir(), 'churn-query-pg-'));
  private readonly bin = binDir() ?? '';
  private script = 0;

  start(): void {
    const uid = postgresUid();
    if (isRoot && uid !== undefined) chownSync(this.dir, uid, uid);
    this.run(join(this.bin, 'initdb'), ['-D', this.data, '-E', 'UTF8', '--locale=C.UTF-8', '-A', 'trust', '-U', 'postgres']);
    const options = `-c listen_addresses='' -k ${this.dir} -p 54329 -c fsync=off -c full_page_writes=off`;
    this.run(join(this.bin, 'pg_ctl'), ['-D', this.data, '-w', '-l', join(this.dir, 'log'), '-o', options, 'start']);
  }

  stop(): void {
    try {
      this.run(join(this.bin, 'pg_ctl'), ['-D', this.data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  /** Runs a script and returns psql's unaligned, tuples-only output lines. */
  psql(sql: string): string[] {
    this.script += 1;
    const file = join(this.dir, `script-${this.script}.sql`);
    writeFileSync(file, sql, { mode: 0o644 });
    const out = this.run(join(this.bin, 'psql'), ['-X', '-q', '-A', '-t', '-h', this.dir, '-p', '54329', '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-f', file]);
    return out.split('\n').slice(0, -1);
  }

  /** One EXECUTE of a prepared statement, its values written as untyped literals. */
  static execute(name: string, sql: string, params: readonly (string | number | null)[]): string {
    const args = params.length === 0 ? '' : `(${params.map(literal).join(', ')})`;
    return `PREPARE ${name} AS ${sql};\nEXECUTE ${name}${args};\nDEALLOCATE ${name};\n`;
  }

  private get data(): string {
    return join(this.dir, 'data');
  }

  private run(command: string, args: readonly string[]): string {
    const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
    return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  }
}
