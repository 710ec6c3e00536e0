// viewer.info's answer for an open dashboard file: its manifest, its dashboards and the fields
// and measures it packages (what the viewer's filter bar offers), never the component columns.
import type { ViewerInfo } from '../../../shared/contract/domains/dashboards';
import { visibleDefinitions } from '../../../shared/dashboards/file-catalog';
import { describeCatalog } from '../catalog-description';
import type { OpenDashboardFile } from '../../store/dashboard-file/open-file';

export function viewerInfo(file: OpenDashboardFile): ViewerInfo {
  const { fields, measures } = visibleDefinitions(file.entries);
  return {
    path: file.path,
    fileName: file.fileName,
    manifest: file.manifest,
    dashboards: file.dashboards.map((d) => ({ index: d.index, name: d.name, spec: d.spec })),
    catalog: describeCatalog(fields, measures),
  };
}
