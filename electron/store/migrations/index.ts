// Forward migrations, in order. Each one has its own test under test/store/.
import type { Migration } from './migration';
import { migration001 } from './001-initial';

export const migrations: readonly Migration[] = [migration001];

export const LATEST_SCHEMA_VERSION = migrations.reduce((max, m) => Math.max(max, m.version), 0);
