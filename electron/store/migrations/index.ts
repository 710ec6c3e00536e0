// Forward migrations, in order. Each one has its own test under test/store/.
import type { Migration } from './migration';
import { migration001 } from './001-initial';
import { migration002 } from './002-imports';
import { migration003 } from './003-scoring';
import { migration004 } from './004-score-indexes';
import { migration005 } from './005-orders-status-check';
import { migration006 } from './006-customer-mart';
import { migration007 } from './007-order-lines';
import { migration008 } from './008-reject-codes';
import { migration009 } from './009-segments';
import { migration010 } from './010-dashboards';
import { migration011 } from './011-warnings-campaigns';
import { migration012 } from './012-campaign-member-facts';

export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
];

export const LATEST_SCHEMA_VERSION = migrations.reduce((max, m) => Math.max(max, m.version), 0);
