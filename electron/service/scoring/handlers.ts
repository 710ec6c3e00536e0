// Scoring use cases. Refresh, training, weight suggestion, the health preview and the
// analysis reads run as jobs off the service thread (run-job.ts); the rest are small reads
// or writes on the session's connection.
import type { scoringOperations } from '../../../shared/contract/domains/scoring';
import type { SnapshotSummary, ModelRunSummary } from '../../../shared/contract/domains/scoring-schemas';
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
import { runScoringJob } from './run-job';
import { listSnapshots } from './snapshot-summary';
import { customerProfile } from './profile';
import type { previewHealth } from './preview';
import { modelDetail } from './model-detail';
import type { churnByDimension, cohorts, listDimensions, survival } from './analysis';
import type { runSuggestWeights } from './suggest-weights';
import type { ServiceContext } from '../context';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import type { Session } from '../session';

/** The preview still running per session: a newer one (the analyst edited again) ends it. */
const runningPreview = new WeakMap<Session, AbortController>();

function preview(input: { config: HealthConfig }, ctx: ServiceContext) {
  runningPreview.get(ctx.session)?.abort();
  const controller = new AbortController();
  runningPreview.set(ctx.session, controller);
  return runScoringJob<ReturnType<typeof previewHealth>>('preview', input, { ...ctx, signal: controller.signal }, 'health preview').finally(() => {
    if (runningPreview.get(ctx.session) === controller) runningPreview.delete(ctx.session);
  });
}

export const scoringHandlers: DomainHandlers<keyof typeof scoringOperations> = {
  'snapshot.refresh': ({ jobId, ...input }, ctx) => runScoringJob<SnapshotSummary>('refresh', input, ctx, 'refresh', jobId),
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
  'health.preview': (input, ctx) => preview(input, ctx),
  'health.suggestWeights': ({ jobId, ...input }, ctx) =>
    runScoringJob<ReturnType<typeof runSuggestWeights>>('suggestWeights', input, ctx, 'suggest weights', jobId),
  'model.train': ({ jobId, ...input }, ctx) => runScoringJob<ModelRunSummary>('train', input, ctx, `train ${input.model}`, jobId),
  'model.list': (input, { session }) => ({ runs: listModelRuns(session.workspace.db, input) }),
  'model.get': (input, { session }) => modelDetail(session.workspace.db, input.runId),
  'customer.profile': (input, { session }) => customerProfile(session.workspace.db, input),
  'analysis.dimensions': (_input, ctx) => runScoringJob<ReturnType<typeof listDimensions>>('dimensions', {}, ctx, 'analysis dimensions'),
  'analysis.churnByDimension': (input, ctx) => runScoringJob<ReturnType<typeof churnByDimension>>('churnByDimension', input, ctx, 'churn by dimension'),
  'analysis.cohorts': (input, ctx) => runScoringJob<ReturnType<typeof cohorts>>('cohorts', input, ctx, 'cohorts'),
  'analysis.survival': (input, ctx) => runScoringJob<ReturnType<typeof survival>>('survival', input, ctx, 'survival'),
};
