// After another workspace opens, every page's data belongs to the previous one: the page starts
// again on the dashboard (the renderer reads everything through the API, so a reload shows the
// new workspace; the browser host's token stays in session storage).
import type { OperationInput } from '../../../shared/contract/operations';
import { invoke } from '../../api/client';
import { hrefFor } from '../../app/routes';

export function showOpenedWorkspace(): void {
  window.location.hash = hrefFor('dashboard');
  window.location.reload();
}

/** Opens a listed workspace: by name in the host's folder, or (desktop recent files) by path. */
export async function openListed(entry: { name: string | null; path: string }): Promise<void> {
  const input: OperationInput<'workspace.openNamed'> | null = entry.name === null ? null : { name: entry.name };
  if (input) await invoke('workspace.openNamed', input);
  else await invoke('workspace.open', { path: entry.path });
  showOpenedWorkspace();
}

/** Desktop app: the native Open dialog, then the chosen file; false when the analyst cancelled. */
export async function openWithDialog(): Promise<boolean> {
  const { path } = await invoke('workspace.pickOpen');
  if (path === null) return false;
  await invoke('workspace.open', { path });
  showOpenedWorkspace();
  return true;
}
