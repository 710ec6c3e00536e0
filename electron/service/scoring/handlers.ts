// Scoring use cases. Refresh, training, weight suggestion, the health preview and the
// analysis reads run as jobs off the service thread (jobs/runtime.ts); the rest are small reads
// or writes on the session's connection, except the reads of ./reads.ts, which answer on the
// read pool (read-pool/) when a workspace is open.
import type { scoringOperations } from '../../../shared/contract/domains/scoring';
import { onSession, type DomainHandlers } from '../context';
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
import { scoringReads } from './reads';

export const scoringHandlers: DomainHandlers<keyof typeof scoringOperations> = {
  ...onSession(scoringReads),
  'snapshot.refresh': ({ jobId, ...input }, ctx) => runWorkspaceJob(ctx, 'snapshot.refresh', input, jobId),
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
  'analysis.dimensions': (input, ctx) => runWorkspaceJob(ctx, 'analysis.dimensions', input),
  'analysis.churnByDimension': (input, ctx) => runWorkspaceJob(ctx, 'analysis.churnByDimension', input),
  'analysis.cohorts': (input, ctx) => runWorkspaceJob(ctx, 'analysis.cohorts', input),
  'analysis.survival': (input, ctx) => runWorkspaceJob(ctx, 'analysis.survival', input),
};
