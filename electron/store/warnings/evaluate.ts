// Evaluating every enabled warning rule on a new snapshot (after the mart is rebuilt, inside the
// refresh's transaction). Lead's scaffold: the warnings-core helper builds it.
import type { WarningEvaluation } from '../../../shared/contract/domains/warnings';
import type { Db } from '../database';

/** Null when the snapshot is not the newest (a backfilled history date raises nothing). */
export function evaluateWarnings(db: Db, snapshotId: number, asOf: string): WarningEvaluation | null {
  void db;
  void snapshotId;
  void asOf;
  return null;
}
