// dashboard.export's document: the dashboard evaluated exactly as dashboard.data evaluates it
// (martState → asOf, customerFilterContext, workspaceRunner, evaluateWidgets) so every number is
// the screen's, then each widget as its part (widget-parts.ts) in the screen's order (top to
// bottom, left to right), the filters in force as words, the logo checked, all in one language.
import { basename } from 'node:path';
import type { DashboardFilters, DashboardSpec, LayoutItem } from '../../../shared/dashboards/dashboard';
import type { ExportLogo } from '../../../shared/contract/domains/exports';
import type { ExportDocument, ExportKpi, ExportSection } from '../../../shared/export/document';
import { filterWords } from '../../../shared/export/filter-words';
import type { Locale } from '../../../shared/i18n/locales';
import type { Db } from '../../store/database';
import { evaluateUnder, exportEnv, segmentNames, type ExportEnv } from './export-env';
import { exportWords, filterWordsLabels } from './export-words';
import { decodeLogo } from './logo';
import { widgetPart, type EvaluatedWidget } from './widget-parts';

export interface DashboardDocumentInput {
  readonly name: string;
  readonly spec: DashboardSpec;
  readonly filters: DashboardFilters;
  readonly language: Locale;
  readonly logo?: ExportLogo;
  readonly fullLists: boolean;
  /** The workspace's file (its name goes on the cover). */
  readonly workspacePath?: string;
  readonly signal?: AbortSignal;
}

/** Local time as the cover prints it: 'YYYY-MM-DD HH:mm'. */
export function localStamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** Widgets in the order a reader scans the grid: by row, then column; unplaced ones last. */
export function screenOrder(spec: DashboardSpec): { widget: DashboardSpec['widgets'][number]; layout: LayoutItem | null }[] {
  const at = new Map(spec.layout.map((l) => [l.i, l]));
  return spec.widgets
    .map((widget, index) => ({ widget, layout: at.get(widget.id) ?? null, index }))
    .sort((a, b) => (a.layout?.y ?? Infinity) - (b.layout?.y ?? Infinity) || (a.layout?.x ?? 0) - (b.layout?.x ?? 0) || a.index - b.index)
    .map(({ widget, layout }) => ({ widget, layout }));
}

export interface DocumentParts {
  readonly kpis: ExportKpi[];
  readonly sections: ExportSection[];
  readonly texts: string[];
}

export function documentParts(env: ExportEnv, evaluated: readonly EvaluatedWidget[], fullLists: boolean): DocumentParts {
  const parts: DocumentParts = { kpis: [], sections: [], texts: [] };
  for (const item of evaluated) {
    env.signal?.throwIfAborted();
    const part = widgetPart(env, item, fullLists);
    if (part === null) continue;
    if ('kpi' in part) parts.kpis.push(part.kpi);
    else if ('text' in part) parts.texts.push(part.text);
    else parts.sections.push(part.section);
  }
  return parts;
}

export function buildDashboardDocument(db: Db, input: DashboardDocumentInput, now: Date): ExportDocument {
  const env = exportEnv(db, input.language, input.signal);
  const ordered = screenOrder(input.spec);
  const results = evaluateUnder(
    env,
    ordered.map((o) => o.widget),
    input.filters,
  );
  const evaluated = ordered.map((o, i) => ({ widget: o.widget, layout: o.layout, data: results[i]!, filters: input.filters }));
  const parts = documentParts(env, evaluated, input.fullLists);
  return {
    kind: 'dashboard',
    locale: input.language,
    title: input.name,
    subtitle: null,
    workspace: input.workspacePath ? basename(input.workspacePath) : '',
    dataDate: env.asOf,
    generatedAt: localStamp(now),
    filters: filterWords(input.filters, filterWordsLabels(env.t, env.locale, env.labels, segmentNames(db))),
    logo: decodeLogo(input.logo),
    ...parts,
    words: exportWords(env.t),
  };
}
