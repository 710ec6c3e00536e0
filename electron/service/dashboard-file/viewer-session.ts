// The viewer's session: at most one dashboard file open, held beside the workspace session (one
// per Session, so every service has its own). The file stays open read-only until closed or
// replaced by another.
import { AppError } from '../../../shared/contract/errors';
import { openDashboardFile, type OpenDashboardFile } from '../../store/dashboard-file/open-file';
import type { Session } from '../session';

const open = new WeakMap<Session, OpenDashboardFile>();

export function viewerFile(session: Session): OpenDashboardFile | null {
  return open.get(session) ?? null;
}

export function requireViewerFile(session: Session): OpenDashboardFile {
  const file = open.get(session);
  if (!file) throw new AppError('NOT_FOUND', 'no dashboard file is open in the viewer', { reason: 'viewerNotOpen' });
  return file;
}

/** Opens and checks the file first: a refused file leaves the one already open as it was. */
export function openViewerFile(session: Session, path: string): OpenDashboardFile {
  const next = openDashboardFile(path);
  open.get(session)?.db.close();
  open.set(session, next);
  return next;
}

export function closeViewerFile(session: Session): boolean {
  const file = open.get(session);
  if (!file) return false;
  file.db.close();
  open.delete(session);
  return true;
}
