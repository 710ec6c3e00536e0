// The scoring reads that answer on the read pool's read-only connections (read-pool/): the
// snapshot list and scores, models and a customer's profile. The service thread runs the same
// functions on the session's connection (handlers.ts).
import type { ReadHandlers } from '../context';
import { getSnapshotRow } from '../../store/scoring/snapshot-read';
import { queryScores } from '../../store/scoring/scores';
import { listModelRuns } from '../../store/scoring/model-runs';
import { listSnapshots } from './snapshot-summary';
import { customerProfile } from './profile';
import { modelDetail } from './model-detail';

export const scoringReads: ReadHandlers<'snapshot.list' | 'snapshot.scores' | 'model.list' | 'model.get' | 'customer.profile'> = {
  'snapshot.list': (_input, { db }) => ({ snapshots: listSnapshots(db) }),
  'snapshot.scores': (input, { db }) => {
    const snapshot = getSnapshotRow(db, input.snapshotId);
    if (!snapshot) return { snapshotId: null, rows: [], total: 0 };
    return { snapshotId: snapshot.snapshot_id, ...queryScores(db, { ...input, snapshotId: snapshot.snapshot_id }) };
  },
  'model.list': (input, { db }) => ({ runs: listModelRuns(db, input) }),
  'model.get': (input, { db }) => modelDetail(db, input.runId),
  'customer.profile': (input, { db }) => customerProfile(db, input),
};
