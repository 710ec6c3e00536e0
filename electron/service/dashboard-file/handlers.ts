// The dashboard file's operations: dashboard.saveFile (a reading job: save-handler.ts and
// save-task.ts) and the viewer's, on the service thread (the file is small and read-only): open
// with every check first (store/dashboard-file/open-file.ts), info, close, data through the
// core's evaluation (viewer-data.ts), and the values of a packaged field.
import type { DomainHandlers } from '../context';
import { packagedFieldValues } from '../../store/dashboard-file/field-values';
import { dashboardSaveFileHandlers } from './save-handler';
import { viewerData } from './viewer-data';
import { viewerInfo } from './viewer-info';
import { closeViewerFile, openViewerFile, requireViewerFile, viewerFile } from './viewer-session';

export const dashboardFileHandlers: DomainHandlers<'dashboard.saveFile' | 'viewer.info' | 'viewer.open' | 'viewer.close' | 'viewer.data' | 'viewer.fieldValues'> = {
  ...dashboardSaveFileHandlers,
  'viewer.info': (_input, { session }) => {
    const file = viewerFile(session);
    return file ? viewerInfo(file) : null;
  },
  'viewer.open': ({ path }, { session }) => viewerInfo(openViewerFile(session, path)),
  'viewer.close': (_input, { session }) => ({ closed: closeViewerFile(session) }),
  'viewer.data': (input, { session }) => viewerData(requireViewerFile(session), input),
  'viewer.fieldValues': (input, { session }) => packagedFieldValues(requireViewerFile(session), input),
};
