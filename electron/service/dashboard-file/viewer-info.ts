// viewer.info's answer for an open dashboard file: its manifest, its dashboards and the fields
// and measures it packages (what the viewer's filter bar offers), never the component columns.
import type { ViewerInfo } from '../../../shared/contract/domains/dashboards';
import { visibleDefinitions } from '../../../shared/dashboards/file-catalog';
import { fieldOperators } from '../../../shared/query';
import type { OpenDashboardFile } from '../../store/dashboard-file/open-file';

export function viewerInfo(file: OpenDashboardFile): ViewerInfo {
  const { fields, measures } = visibleDefinitions(file.entries);
  return {
    path: file.path,
    fileName: file.fileName,
    manifest: file.manifest,
    dashboards: file.dashboards.map((d) => ({ index: d.index, name: d.name, spec: d.spec })),
    catalog: {
      fields: fields.map((f) => ({
        id: f.id,
        source: f.source,
        group: f.group,
        labelKey: f.labelKey,
        ...(f.rawLabel !== undefined ? { rawLabel: f.rawLabel } : {}),
        type: f.type,
        format: f.format,
        ...(f.values ? { values: [...f.values] } : {}),
        ...(f.valueLabelPrefix ? { valueLabelPrefix: f.valueLabelPrefix } : {}),
        operators: [...fieldOperators(f)],
      })),
      measures: measures.map((m) => ({ id: m.id, source: m.source, labelKey: m.labelKey, ...(m.helpKey ? { helpKey: m.helpKey } : {}), format: m.format })),
    },
  };
}
