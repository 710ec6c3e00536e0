// Segments (PRODUCT.md §6): the list of saved segments and lists, and the editor around the
// drag-and-drop builder. Which one shows is in the hash, so links (Customer 360's segments card)
// and back/forward work: `#/segments` the list, `?segment=ID` a saved one, `?new=TEMPLATE|blank`.
import { useMemo } from 'react';
import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Segment } from '../../../shared/segments/definition';
import { SEGMENT_TEMPLATES, type SegmentTemplate } from '../../../shared/segments/templates';
import { useOperation } from '../../api/use-operation';
import { hashParam, segmentHref, segmentIdFromHash } from '../../app/routes';
import { useHash } from '../../app/use-hash-route';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NoDataState } from '../../components/NoDataState';
import { SegmentEditor } from './SegmentEditor';
import { SegmentListView } from './SegmentListView';

const BLANK = 'blank';

function go(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash;
}

function SavedSegmentEditor({ id, knownTags, onChanged }: { id: number; knownTags: readonly string[]; onChanged: () => void }) {
  const { t } = useTranslation('segment-lists');
  const segment = useOperation('segment.get', { id });
  if (segment.error && !segment.data) return <ErrorAlert error={segment.error} title={t('editor.loadFailed')} onRetry={segment.reload} />;
  if (!segment.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  return (
    <SegmentEditor
      segment={segment.data}
      knownTags={knownTags}
      onBack={() => go(segmentHref())}
      onSaved={(saved) => {
        onChanged();
        // Save as… made a new segment: the editor follows it.
        if (saved.id === id) segment.reload();
        else go(segmentHref(saved.id));
      }}
      onFrozen={onChanged}
    />
  );
}

export default function SegmentsPage() {
  const { t } = useTranslation('segment-lists');
  const hash = useHash();
  const segmentId = segmentIdFromHash(hash);
  const fresh = hashParam(hash, 'new');
  const list = useOperation('segment.list', {});
  const count = useOperation('query.count', {});
  const segments = list.data?.segments ?? null;
  const knownTags = useMemo(() => [...new Set((segments ?? []).flatMap((s) => s.tags))].sort(), [segments]);
  const template: SegmentTemplate | undefined = fresh && fresh !== BLANK ? SEGMENT_TEMPLATES.find((tpl) => tpl.id === fresh) : undefined;

  const editing = segmentId !== null || fresh !== null;
  if (list.error?.code === 'NO_WORKSPACE') return <NoDataState reason="noWorkspace" />;

  const onSaved = (saved: Segment) => {
    list.reload();
    go(segmentHref(saved.id));
  };

  return (
    <div data-testid="segments-page" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      {editing ? null : (
        // The editor gives the builder the whole height (1366×768): its own title row names the segment.
        <div style={{ display: 'flex', alignItems: 'baseline', gap: 12, flexWrap: 'wrap' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
        </div>
      )}
      {segmentId !== null ? (
        <SavedSegmentEditor key={segmentId} id={segmentId} knownTags={knownTags} onChanged={list.reload} />
      ) : fresh !== null ? (
        <SegmentEditor key={fresh} segment={null} template={template} knownTags={knownTags} onBack={() => go(segmentHref())} onSaved={onSaved} onFrozen={list.reload} />
      ) : (
        <SegmentListView
          segments={segments}
          asOf={list.data?.asOf ?? null}
          total={count.data?.total ?? null}
          loading={list.status === 'loading'}
          error={list.error}
          reload={list.reload}
          onOpen={(s) => go(segmentHref(s.id))}
          onNew={(tpl) => go(`${segmentHref()}?new=${encodeURIComponent(tpl?.id ?? BLANK)}`)}
        />
      )}
    </div>
  );
}
