// The editor's drawers: the gallery (a new widget lands at the bottom and opens in the editor)
// and the widget editor for the widget chosen from its ⋮ menu.
import { useTranslation } from 'react-i18next';
import type { CatalogDescription } from '../../../shared/contract/operations';
import type { DashboardFilters } from '../../../shared/dashboards/dashboard';
import { galleryWidget, gallerySize } from './gallery';
import { GalleryDrawer } from './GalleryDrawer';
import { addWidget, replaceWidget } from './spec-edit';
import type { CatalogLabels } from './use-catalog-labels';
import type { DashboardDraft } from './use-dashboard-draft';
import { WidgetEditorDrawer } from './WidgetEditorDrawer';

export type WidgetAction = { readonly kind: 'gallery' } | { readonly kind: 'edit'; readonly widgetId: string } | null;

export interface DashboardEditingProps {
  readonly action: WidgetAction;
  readonly onClose: () => void;
  readonly draft: DashboardDraft;
  readonly catalog: CatalogDescription;
  readonly labels: CatalogLabels;
  readonly filters: DashboardFilters;
}

export function DashboardEditing({ action, onClose, draft, catalog, labels, filters }: DashboardEditingProps) {
  const { t } = useTranslation('dashboard-page');
  const editing = action?.kind === 'edit' ? draft.spec.widgets.find((w) => w.id === action.widgetId) : undefined;
  return (
    <>
      <GalleryDrawer
        open={action?.kind === 'gallery'}
        onClose={onClose}
        onPick={(kind) => {
          // A new widget is titled after its kind until the analyst types a title.
          const widget = { ...galleryWidget(kind, draft.spec, catalog, t('gallery.newText')), ...(kind === 'text' ? {} : { title: t(`gallery.${kind}`) }) };
          draft.edit(addWidget(draft.spec, widget, gallerySize(kind)));
          onClose();
        }}
      />
      {editing ? (
        <WidgetEditorDrawer
          key={editing.id}
          widget={editing}
          catalog={catalog}
          labels={labels}
          filters={filters}
          onClose={onClose}
          onApply={(widget) => {
            draft.edit(replaceWidget(draft.spec, widget));
            onClose();
          }}
        />
      ) : null}
    </>
  );
}
