// The segment builder the Segments page embeds: a palette of catalog fields (left), the rule as
// nested AND/OR groups (centre), the live count, funnel and sample (right). Drag a field onto a
// group, or pick it and press Enter; Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or Ctrl+Y redoes.
import { DndContext, DragOverlay, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { App, Card, Spin, theme } from 'antd';
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterNode } from '../../../../shared/query/ast';
import { useOperation } from '../../../api/use-operation';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { BuilderContext, type BuilderContextValue } from './builder-context';
import { BuilderToolbar, type BuilderTemplate } from './BuilderToolbar';
import { addCondition, locate, moveNode, ROOT_ID, type RefusedReason } from './draft';
import { previewRule } from './draft-filter';
import { asDragData, asDropData, deepestUnderPointer, type DragData } from './dnd';
import { GroupView } from './GroupView';
import { LivePanel } from './LivePanel';
import { Palette } from './Palette';
import type { CatalogField } from './palette-model';
import { useBuilderLabels } from './use-builder-labels';
import { useBuilderState } from './use-builder-state';
import { usePreview } from './use-preview';
import { useDndAccessibility } from './use-dnd-announcements';
import { useUndoKeys } from './use-undo-keys';

export interface SegmentBuilderProps {
  /** The rule to start from (a saved segment's or a template's); undefined = empty canvas. */
  readonly initialFilter?: FilterNode;
  /** Starter templates to offer (the page passes shared/segments/templates.ts's list). */
  readonly templates?: readonly { readonly id: string; readonly labelKey: string; readonly descriptionKey: string; readonly filter: FilterNode; readonly group?: 'seed' | 'rfm' }[];
  /** Every change: the complete rule, or null while the canvas is empty or a condition is unfinished. */
  readonly onChange?: (filter: FilterNode | null) => void;
  /** Extra toolbar content from the page (Save, Export, Freeze …). */
  readonly toolbar?: ReactNode;
  /** Open a customer (the page routes to Customer 360). */
  readonly onOpenCustomer?: (customerId: string) => void;
}

const NO_TEMPLATES: readonly BuilderTemplate[] = [];
// Columns fit a 1366×768 window under the app header and the Segments page's title line; each
// scrolls on its own.
const COLUMN_HEIGHT = 'calc(100vh - 164px)';

export function SegmentBuilder({ initialFilter, templates = NO_TEMPLATES, onChange, toolbar, onOpenCustomer }: SegmentBuilderProps) {
  const { t } = useTranslation('segment-builder');
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const state = useBuilderState(initialFilter, onChange);
  const catalog = useOperation('catalog.describe', {});
  const fieldList = useMemo(() => (catalog.data?.fields ?? []).filter((f) => f.source === 'customer'), [catalog.data]);
  const fields = useMemo(() => new Map<string, CatalogField>(fieldList.map((f) => [f.id, f])), [fieldList]);
  // Saved segments show by name in a "saved segment is …" condition; until the list arrives, ids.
  const segments = useOperation('segment.list', {});
  const segmentNames = useMemo(() => new Map((segments.data?.segments ?? []).map((s) => [String(s.id), s.name])), [segments.data]);
  const labels = useBuilderLabels(fields, segmentNames, state.draft.root);
  const [targetGroup, setTargetGroup] = useState(ROOT_ID);
  const counted = useMemo(() => previewRule(state.draft), [state.draft]);
  const preview = usePreview(counted?.filter ?? null);

  const refused = useCallback(
    (reason: RefusedReason | null) => {
      if (reason === 'tooDeep') void message.warning(t('canvas.tooDeep'));
      if (reason === 'intoItself') void message.warning(t('canvas.intoItself'));
    },
    [message, t],
  );

  const addField = useCallback(
    (fieldId: string, groupId: string, index?: number) => {
      const field = fields.get(fieldId);
      if (!field) return;
      const group = locate(state.draft, groupId) ? groupId : ROOT_ID;
      refused(state.apply((d) => addCondition(d, group, field, index)));
    },
    [fields, state, refused],
  );

  const rootRef = useRef<HTMLDivElement>(null);
  useUndoKeys(rootRef, state);

  const accessibility = useDndAccessibility(state.draft, labels);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const [dragging, setDragging] = useState<DragData | null>(null);
  const onDragStart = (event: DragStartEvent) => setDragging(asDragData(event.active.data.current));
  const onDragEnd = (event: DragEndEvent) => {
    setDragging(null);
    const drag = asDragData(event.active.data.current);
    const drop = asDropData(event.over?.data.current);
    if (!drag || !drop) return;
    if (drag.kind === 'field') addField(drag.fieldId, drop.groupId, drop.index);
    else refused(state.apply((d) => moveNode(d, drag.nodeId, drop.groupId, drop.index)));
  };

  const context = useMemo((): BuilderContextValue => ({ state, fields, ...labels, targetGroup, setTargetGroup, refused }), [state, fields, labels, targetGroup, refused]);

  const overlayText = ((): string => {
    if (!dragging) return '';
    if (dragging.kind === 'field') return labels.fieldLabel(dragging.fieldId);
    const node = locate(state.draft, dragging.nodeId)?.node;
    return node?.kind === 'condition' ? labels.fieldLabel(node.field) : (labels.groupNames.get(dragging.nodeId) ?? '');
  })();

  return (
    <BuilderContext.Provider value={context}>
      <div ref={rootRef} data-testid="segment-builder" style={{ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 }}>
        <BuilderToolbar state={state} templates={templates} extra={toolbar} />
        <DndContext
          accessibility={accessibility}
          sensors={sensors}
          collisionDetection={deepestUnderPointer}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragging(null)}
        >
          <div style={{ display: 'grid', gridTemplateColumns: '210px minmax(0, 1fr) 300px', gap: 8, alignItems: 'start' }}>
            <Card size="small" styles={{ body: { padding: 8, height: COLUMN_HEIGHT, minHeight: 420 } }}>
              {catalog.error ? (
                <ErrorAlert error={catalog.error} onRetry={catalog.reload} />
              ) : catalog.data ? (
                <Palette fields={fieldList} onAdd={(id) => addField(id, targetGroup)} />
              ) : (
                <Spin tip={t('palette.loading')} />
              )}
            </Card>
            <Card
              size="small"
              title={t('canvas.title')}
              styles={{ body: { padding: 8, height: `calc(${COLUMN_HEIGHT} - 38px)`, minHeight: 382, overflowY: 'auto', display: 'flex', flexDirection: 'column' } }}
            >
              <div data-testid="segment-canvas" style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
                <GroupView group={state.draft.root} depth={1} />
              </div>
            </Card>
            <div style={{ height: COLUMN_HEIGHT, minHeight: 420, overflowY: 'auto' }}>
              <LivePanel preview={preview} partial={counted?.partial ?? false} baseline={counted?.baseline ?? false} empty={counted === null} onOpenCustomer={onOpenCustomer} />
            </div>
          </div>
          <DragOverlay dropAnimation={null}>
            {dragging ? (
              <div
                style={{
                  padding: '3px 10px',
                  background: token.colorBgElevated,
                  border: `1px solid ${token.colorPrimary}`,
                  borderRadius: token.borderRadiusSM,
                  boxShadow: token.boxShadowSecondary,
                  whiteSpace: 'nowrap',
                  cursor: 'grabbing',
                }}
              >
                {overlayText}
              </div>
            ) : null}
          </DragOverlay>
        </DndContext>
      </div>
    </BuilderContext.Provider>
  );
}
