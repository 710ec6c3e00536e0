// Scoring use cases. Refresh, training, weight suggestion, the health preview and the
// analysis reads run as jobs off the service thread (jobs/runtime.ts); the rest are small reads
// or writes on the session's connection.
import type { scoringOperations } from '../../../shared/contract/domains/scoring';
import type { DomainHandlers } from '../context';
import { getSnapshotRow } from '../../store/scoring/snapshot-read';
import { queryScores } from '../../store/scoring/scores';
import { listModelRuns } from '../../store/scoring/model-runs';
import {
  getChurnDefinition,
  getHealthConfig,
  getScoringSettings,
  listHealthVersions,
  saveChurnDefinition,
  saveHealthConfig,
  saveScoringSettings,
} from '../../store/scoring/settings';
import { runWorkspaceJob } from '../jobs/workspace-job';
import { listSnapshots } from './snapshot-summary';
import { customerProfile } from './profile';
import { modelDetail } from './model-detail';

export const scoringHandlers: DomainHandlers<keyof typeof scoringOperations> = {
  'snapshot.refresh': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'snapshot.refresh', input, jobId),
  'snapshot.list': (_input, { session }) => ({ snapshots: listSnapshots(session.workspace.db) }),
  'snapshot.scores': (input, { session }) => {
    const db = session.workspace.db;
    const snapshot = getSnapshotRow(db, input.snapshotId);
    if (!snapshot) return { snapshotId: null, rows: [], total: 0 };
    return { snapshotId: snapshot.snapshot_id, ...queryScores(db, { ...input, snapshotId: snapshot.snapshot_id }) };
  },
  'scoring.getSettings': (_input, { session }) => getScoringSettings(session.workspace.db),
  'scoring.saveSettings': (input, { session }) => saveScoringSettings(session.workspace.db, input),
  'churn.getDefinition': (_input, { session }) => getChurnDefinition(session.workspace.db),
  'churn.saveDefinition': (input, { session }) => saveChurnDefinition(session.workspace.db, input),
  'health.getConfig': (input, { session }) => {
    const db = session.workspace.db;
    const current = getHealthConfig(db, input.version);
    return { version: current.version, createdAt: current.createdAt, config: current.config, versions: listHealthVersions(db) };
  },
  'health.saveConfig': (input, { session }) => saveHealthConfig(session.workspace.db, input.config, input.note ?? null),
  // A newer preview (the analyst edited again) ends the one still running (jobs/kinds.ts).
  'health.preview': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'health.preview', input, jobId),
  'health.suggestWeights': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'health.suggestWeights', input, jobId),
  'model.train': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'model.train', input, jobId),
  'model.list': (input, { session }) => ({ runs: listModelRuns(session.workspace.db, input) }),
  'model.get': (input, { session }) => modelDetail(session.workspace.db, input.runId),
  'customer.profile': (input, { session }) => customerProfile(session.workspace.db, input),
  'analysis.dimensions': (input, ctx) => runWorkspaceJob(ctx, 'analysis.dimensions', input),
  'analysis.churnByDimension': (input, ctx) => runWorkspaceJob(ctx, 'analysis.churnByDimension', input),
  'analysis.cohorts': (input, ctx) => runWorkspaceJob(ctx, 'analysis.cohorts', input),
  'analysis.survival': (input, ctx) => runWorkspaceJob(ctx, 'analysis.survival', input),
};
