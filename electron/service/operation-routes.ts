// Where each operation runs. Reads of the open workspace go to the read pool
// (read-pool/read-operations.ts), long work to a job's thread (jobs/kinds.ts), and the rest stay
// on the service thread: session changes, writes on the session's connection (short, and in
// order after the reads the analyst saw), cancels, listings and settings reads that answer at
// once. A new operation fails to compile until it is placed in one of the three.
import type { OperationName } from '../../shared/contract/operations';
import { isJobOperation, type JobOperation } from './jobs/kinds';
import { isReadOperation, type ReadOperation } from './read-pool/read-operations';

export const serviceThreadOperations = [
  'app.version',
  'workspace.info',
  'workspace.open',
  'workspace.list',
  'workspace.create',
  'workspace.openNamed',
  // Waits on the workspace.createFromFiles job it starts; the job runtime answers its cancel.
  'workspace.createNamedFromFiles',
  'workspace.pickOpen',
  'workspace.pickNew',
  'job.cancel',
  'job.list',
  'import.targets',
  'import.stage',
  'import.pickFiles',
  'export.pickSavePath',
  // Answered by the desktop app's main process; elsewhere the handler says desktopOnly at once.
  'export.printToPdf',
  // Reads the staged file, cancellable by jobId on this thread; it reads the saved mappings too.
  'import.preview',
  'mapping.list',
  'mapping.save',
  'mapping.delete',
  'scoring.getSettings',
  'scoring.saveSettings',
  'churn.getDefinition',
  'churn.saveDefinition',
  'health.getConfig',
  'health.saveConfig',
  // A short write on the session's connection (segments/writes.ts); save, rename and duplicate
  // answer the segment with its size, counted on a job's thread (jobs/kinds.ts).
  'segment.delete',
  // Short writes of one row (dashboards/handlers.ts).
  'dashboard.save',
  'dashboard.delete',
  // The viewer's file is small and read-only; its session lives on this thread (dashboard-file/).
  'viewer.info',
  'viewer.open',
  'viewer.close',
  'viewer.data',
  'viewer.fieldValues',
  // Short writes of a few rows (warnings/handlers.ts, campaigns/handlers.ts); an inbox bulk action
  // is one UPDATE. warning.notify is answered by the desktop app's main process.
  'warning.saveRule',
  'warning.deleteRule',
  'warning.update',
  'warning.restore',
  'warning.notify',
  'playbook.save',
  'playbook.delete',
  'campaign.save',
  'campaign.delete',
  'campaign.recordOutcomes',
] as const satisfies readonly OperationName[];

export type ServiceThreadOperation = (typeof serviceThreadOperations)[number];

/** Fails to compile while an operation has no place. */
type Unplaced = Exclude<OperationName, ReadOperation | JobOperation | ServiceThreadOperation>;
const everyOperationPlaced: [Unplaced] extends [never] ? true : { unplaced: Unplaced } = true;
void everyOperationPlaced;

export type Route = 'read-pool' | 'job' | 'service-thread';

export function routesOf(name: OperationName): Route[] {
  const routes: Route[] = [];
  if (isReadOperation(name)) routes.push('read-pool');
  if (isJobOperation(name)) routes.push('job');
  if ((serviceThreadOperations as readonly string[]).includes(name)) routes.push('service-thread');
  return routes;
}
