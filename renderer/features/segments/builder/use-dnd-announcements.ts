// What a screen reader hears while dragging, in the analyst's language and by name (dnd-kit's
// defaults are English and name the internal ids).
import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { asDragData, asDropData } from './dnd';
import { locate, type Draft } from './draft';
import type { BuilderLabels } from './use-builder-labels';

export function useDndAccessibility(draft: Draft, labels: BuilderLabels): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const { t } = useTranslation('segment-builder');
  return useMemo(() => {
    const item = (data: unknown): string => {
      const drag = asDragData(data);
      if (!drag) return '';
      if (drag.kind === 'field') return labels.fieldLabel(drag.fieldId);
      const node = locate(draft, drag.nodeId)?.node;
      return node?.kind === 'condition' ? labels.fieldLabel(node.field) : (labels.groupNames.get(drag.nodeId) ?? '');
    };
    const target = (data: unknown): string | null => {
      const drop = asDropData(data);
      return drop ? (labels.groupNames.get(drop.groupId) ?? null) : null;
    };
    const announcements: Announcements = {
      onDragStart: ({ active }) => t('dnd.pickedUp', { item: item(active.data.current) }),
      onDragOver: ({ active, over }) => {
        const where = target(over?.data.current);
        return where ? t('dnd.over', { item: item(active.data.current), target: where }) : t('dnd.overNone', { item: item(active.data.current) });
      },
      onDragEnd: ({ active, over }) => {
        const where = target(over?.data.current);
        return where ? t('dnd.dropped', { item: item(active.data.current), target: where }) : t('dnd.droppedNone', { item: item(active.data.current) });
      },
      onDragCancel: ({ active }) => t('dnd.cancelled', { item: item(active.data.current) }),
    };
    return { announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } };
  }, [draft, labels, t]);
}
