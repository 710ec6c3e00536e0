// The dashboard on screen: which one (saved id or template), its spec with undo/redo, and
// whether it differs from what was last saved (the leave guard and the Save button read it).
import { useCallback, useState } from 'react';
import type { DashboardRecord } from '../../../shared/contract/domains/dashboards';
import type { DashboardSpec, TemplateId } from '../../../shared/dashboards/dashboard';
import { templateSpec } from '../../../shared/dashboards/templates';
import { record, redo, startHistory, undo, type History } from '../../components/undo-history';

export interface DraftMeta {
  /** The saved dashboard's id; undefined for an unsaved template. */
  readonly id?: number;
  readonly name: string;
  readonly template?: TemplateId;
}

export interface DashboardDraft {
  readonly meta: DraftMeta;
  readonly spec: DashboardSpec;
  readonly dirty: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly edit: (next: DashboardSpec, mergeKey?: string) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly openRecord: (rec: DashboardRecord) => void;
  readonly openTemplate: (id: TemplateId, name: string) => void;
  /** After a save: the record becomes the reference for "unsaved". */
  readonly saved: (rec: DashboardRecord) => void;
}

interface State {
  readonly meta: DraftMeta;
  readonly history: History<DashboardSpec>;
  readonly savedSpec: DashboardSpec | null;
}

function fromTemplate(id: TemplateId, name: string): State {
  return { meta: { name, template: id }, history: startHistory(templateSpec(id)), savedSpec: null };
}

export function useDashboardDraft(initialName: string): DashboardDraft {
  const [state, setState] = useState<State>(() => fromTemplate('cockpit', initialName));
  const present = state.history.present;
  const edit = useCallback((next: DashboardSpec, mergeKey?: string) => setState((s) => ({ ...s, history: record(s.history, next, mergeKey ?? null) })), []);
  return {
    meta: state.meta,
    spec: present,
    // A template is unsaved work only once edited; a saved dashboard when its spec moved.
    dirty: state.savedSpec === null ? state.history.past.length > 0 : present !== state.savedSpec,
    canUndo: state.history.past.length > 0,
    canRedo: state.history.future.length > 0,
    edit,
    undo: useCallback(() => setState((s) => ({ ...s, history: undo(s.history) })), []),
    redo: useCallback(() => setState((s) => ({ ...s, history: redo(s.history) })), []),
    openRecord: useCallback(
      (rec: DashboardRecord) => setState({ meta: { id: rec.id, name: rec.name, template: rec.spec.template }, history: startHistory(rec.spec), savedSpec: rec.spec }),
      [],
    ),
    openTemplate: useCallback((id: TemplateId, name: string) => setState(fromTemplate(id, name)), []),
    saved: useCallback(
      (rec: DashboardRecord) =>
        // The history stays (undo after a save still works); the saved spec is the one on screen.
        setState((s) => ({ meta: { id: rec.id, name: rec.name, template: rec.spec.template }, history: s.history, savedSpec: s.history.present })),
      [],
    ),
  };
}
