// The inbox (the Warnings page's default tab): filter, pick and work warnings. A selection is
// either picked ids or "all matching the filter" (a bulk action sends the filter itself, so it
// covers warnings on other pages too). Empty states say what to do next.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Empty, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarningRule, WarningSelection } from '../../../shared/contract/domains/warnings';
import { useOperation } from '../../api/use-operation';
import { announceWarningsChanged } from '../../app/warnings-changed';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NoSnapshotState } from '../../components/NoSnapshotState';
import { AssignModal, ResolveModal } from './ActionModals';
import { InboxFilters, type SegmentItem } from './InboxFilters';
import { EMPTY_INBOX_FILTER, isNarrowed, warningFilterOf, type InboxFilterState } from './inbox-filter';
import { InboxToolbar } from './InboxToolbar';
import { useInboxActions, type InboxAction } from './use-inbox-actions';
import { useInboxKeys } from './use-inbox-keys';
import { WarningTable, type WarningSort } from './WarningTable';

export interface InboxViewProps {
  rules: readonly WarningRule[];
  segments: readonly SegmentItem[];
  /** The rules' counts change with every action: the page reloads them. */
  onChanged: () => void;
  /** Changes whenever warnings may have changed elsewhere on the page (rules saved, evaluated). */
  generation: number;
  /** The inbox tab is shown: its keyboard shortcuts listen. */
  active: boolean;
}

export function InboxView({ rules, segments, onChanged, generation, active }: InboxViewProps) {
  const { t } = useTranslation('warnings');
  const [filterState, setFilterState] = useState<InboxFilterState>(EMPTY_INBOX_FILTER);
  const [page, setPage] = useState({ current: 1, size: 50 });
  const [sort, setSort] = useState<WarningSort | undefined>(undefined);
  const [selectedIds, setSelectedIds] = useState<number[]>([]);
  const [allMatching, setAllMatching] = useState(false);
  const [dialog, setDialog] = useState<'assign' | 'resolve' | null>(null);
  const filter = useMemo(() => warningFilterOf(filterState), [filterState]);
  const list = useOperation('warning.list', { filter, ...(sort ? { sort } : {}), offset: (page.current - 1) * page.size, limit: page.size });
  const total = list.data?.total ?? 0;

  const clear = useCallback(() => {
    setSelectedIds([]);
    setAllMatching(false);
  }, []);
  const reload = list.reload;
  // The first render already loads; later generations reload what is on screen.
  useEffect(() => {
    if (generation > 0) reload();
  }, [generation, reload]);
  const afterAction = useCallback(() => {
    clear();
    onChanged();
  }, [clear, onChanged]);
  const actions = useInboxActions(afterAction);

  const selection: WarningSelection | null = allMatching ? { filter } : selectedIds.length > 0 ? { ids: selectedIds } : null;
  const count = allMatching ? total : selectedIds.length;
  const act = (action: InboxAction) => {
    if (!selection) return;
    if (action === 'assign' || action === 'resolve') setDialog(action);
    else void actions.run(selection, action);
  };
  useInboxKeys(
    {
      selectAll: () => {
        if (total > 0) setAllMatching(true);
      },
      acknowledge: () => act('acknowledge'),
      resolve: () => act('resolve'),
      clear,
    },
    active,
  );

  const changeFilter = (next: InboxFilterState) => {
    setFilterState(next);
    setPage((p) => ({ ...p, current: 1 }));
    clear();
  };

  let body;
  if (list.status === 'error' && !list.data) body = <ErrorAlert error={list.error} onRetry={list.reload} />;
  else if (list.data && list.data.asOf === null) {
    body = (
      <NoSnapshotState
        hint={t('empty.noSnapshotHint')}
        onRefreshed={() => {
          list.reload();
          onChanged();
          announceWarningsChanged();
        }}
        testId="warnings-no-snapshot"
      />
    );
  } else if (list.data && total === 0 && !isNarrowed(filterState)) {
    const enabled = rules.filter((r) => r.enabled).length;
    body = (
      <Result
        status="success"
        title={t('empty.allClearTitle')}
        subTitle={enabled > 0 ? t('empty.allClear', { rules: enabled }) : t('empty.noRules')}
        data-testid="warnings-all-clear"
      />
    );
  } else {
    body = (
      <WarningTable
        rows={list.data?.rows ?? []}
        total={total}
        loading={list.status === 'loading'}
        page={page.current}
        pageSize={page.size}
        onPage={(current, size) => setPage({ current, size })}
        sort={sort}
        onSort={(next) => {
          setSort(next);
          setPage((p) => ({ ...p, current: 1 }));
        }}
        selectedIds={selectedIds}
        onSelect={(ids) => {
          setAllMatching(false);
          setSelectedIds(ids);
        }}
        allMatching={allMatching}
      />
    );
  }

  const noData = list.data?.asOf === null;
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="warnings-inbox" data-total={list.data ? total : ''}>
      {noData ? null : (
        <>
          <InboxFilters value={filterState} onChange={changeFilter} rules={rules} owners={list.data?.owners ?? []} segments={segments} />
          <InboxToolbar
            filter={filter}
            total={total}
            selectedCount={selectedIds.length}
            allMatching={allMatching}
            busy={actions.busy}
            onSelectAll={() => setAllMatching(true)}
            onClear={clear}
            onAction={act}
          />
        </>
      )}
      {list.data && total === 0 && isNarrowed(filterState) ? <Empty description={t('empty.noMatch')} data-testid="warnings-no-match" /> : body}
      <AssignModal
        open={dialog === 'assign'}
        count={count}
        owners={list.data?.owners ?? []}
        busy={actions.busy}
        onCancel={() => setDialog(null)}
        onOk={(assignee) => {
          if (selection) void actions.run(selection, 'assign', { assignee }).then((ok) => ok && setDialog(null));
        }}
      />
      <ResolveModal
        open={dialog === 'resolve'}
        count={count}
        busy={actions.busy}
        onCancel={() => setDialog(null)}
        onOk={(note) => {
          if (selection) void actions.run(selection, 'resolve', { note }).then((ok) => ok && setDialog(null));
        }}
      />
    </Space>
  );
}
