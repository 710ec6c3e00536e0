import type { WorkspaceInfo } from '../../shared/contract/operations';
import { workspaceDataDate } from '../store/scoring/data-date';
import { schemaVersion, tableCounts } from '../store/tables';
import type { Workspace } from '../store/workspace';

export function describeWorkspace(workspace: Workspace): WorkspaceInfo {
  return {
    path: workspace.path,
    name: workspace.name,
    schemaVersion: schemaVersion(workspace.db),
    readOnly: workspace.readOnly,
    dataDate: workspaceDataDate(workspace.db)?.iso ?? null,
    tables: tableCounts(workspace.db),
    integrity: workspace.integrity.state,
  };
}
