// All customers in a server-paged grid: scrolls over a million rows by fetching blocks of
// 200 on demand, with sort, column filters and a quick filter evaluated by the host.
import './grid-modules';
import { useEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { GridApi, GridReadyEvent } from 'ag-grid-community';
import { Alert, Button, Input, Space, Tag, Typography, theme, type InputRef } from 'antd';
import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/contract/errors';
import type { CustomerRow } from '../../../shared/contract/operations';
import { formatInteger } from '../../../shared/i18n/format';
import { onFindRequest } from '../../app/find-shortcut';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NoDataState } from '../../components/NoDataState';
import { useLocale } from '../../i18n/use-locale';
import { useCatalogLabels } from '../../i18n/catalog-label';
import { customerColumnDefs } from './column-defs';
import { customerDatasource } from './customer-datasource';
import { NoScoresNotice, ScoresAsOf } from './ScoresAsOf';
import { ChurnSkipNote } from '../../components/ChurnSkipNote';
import { churnSkipWarning, snapshotWarningText } from '../../components/snapshot-warning-text';
import { gridTheme } from './grid-theme';
import { useDebounced } from '../../components/use-debounced';
import { filterFromHash } from '../../app/filter-param';
import { customersBySegmentsHref, hrefFor, segmentIdsFromHash } from '../../app/routes';
import { useHash } from '../../app/use-hash-route';
import { segmentsColumn, SEGMENTS_COLUMN, type SegmentGridContext } from './segment-column';
import { SegmentFilter } from './SegmentFilter';

const BLOCK_SIZE = 200;
/** 50 blocks × 200 rows keeps ≤ 10,000 rows in memory however far the analyst scrolls. */
const MAX_BLOCKS = 50;

interface Total {
  count: number;
  filtered: boolean;
}

export default function CustomersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { token } = theme.useToken();
  const searchRef = useRef<InputRef>(null);
  const apiRef = useRef<GridApi<CustomerRow> | null>(null);
  const [quickInput, setQuickInput] = useState('');
  const quickFilter = useDebounced(quickInput, 300);
  const quickRef = useRef(quickFilter);
  const [total, setTotal] = useState<Total | null>(null);
  const [ignored, setIgnored] = useState<string[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [hasColumnFilters, setHasColumnFilters] = useState(false);
  const snapshots = useOperation('snapshot.list', {});
  const latestAsOf = snapshots.data?.snapshots[0]?.asOf ?? null;
  // The segment filter lives in the hash (`#/customers?segments=1,2`): the Segments page links here.
  const hash = useHash();
  const segmentIds = useMemo(() => segmentIdsFromHash(hash), [hash]);
  const segmentKey = segmentIds.join(',');
  const segmentRef = useRef(segmentIds);
  // A dashboard's drill-through arrives as `#/customers?filter=<base64url JSON>`.
  const dashboardFilter = useMemo(() => filterFromHash(hash), [hash]);
  const dashboardKey = JSON.stringify(dashboardFilter);
  const dashboardRef = useRef(dashboardFilter);
  const segmentList = useOperation('segment.list', {});
  const savedSegments = useMemo(() => segmentList.data?.segments ?? [], [segmentList.data]);
  const hasSegments = savedSegments.length > 0;
  // AG Grid reads its context once: one object whose map is refilled when the list changes.
  const gridContext = useMemo<SegmentGridContext>(() => ({ segments: new Map() }), []);

  useEffect(() => onFindRequest(() => searchRef.current?.focus({ cursor: 'all' })), []);

  // The datasource reads the quick filter through a ref so the grid keeps one datasource;
  // a new value only needs the cached blocks dropped.
  useEffect(() => {
    if (quickRef.current === quickFilter) return;
    quickRef.current = quickFilter;
    const api = apiRef.current;
    if (!api) return;
    api.purgeInfiniteCache();
    api.ensureIndexVisible(0, 'top');
  }, [quickFilter]);

  useEffect(() => {
    if (segmentRef.current.join(',') === segmentKey) return;
    segmentRef.current = segmentIds;
    const api = apiRef.current;
    if (!api) return;
    api.purgeInfiniteCache();
    api.ensureIndexVisible(0, 'top');
  }, [segmentKey, segmentIds]);

  useEffect(() => {
    if (JSON.stringify(dashboardRef.current) === dashboardKey) return;
    dashboardRef.current = dashboardFilter;
    const api = apiRef.current;
    if (!api) return;
    api.purgeInfiniteCache();
    api.ensureIndexVisible(0, 'top');
  }, [dashboardKey, dashboardFilter]);

  // Names and colours arrive after the first rows: redraw the tags when they do.
  useEffect(() => {
    gridContext.segments.clear();
    for (const s of savedSegments) gridContext.segments.set(s.id, { name: s.name, color: s.color });
    apiRef.current?.refreshCells({ columns: [SEGMENTS_COLUMN], force: true });
  }, [gridContext, savedSegments]);

  const datasource = useMemo(
    () =>
      customerDatasource({
        quickFilter: () => quickRef.current,
        segmentIds: () => segmentRef.current,
        dashboardFilter: () => dashboardRef.current,
        onTotal: (count, filtered) => setTotal({ count, filtered }),
        onIgnored: (columns) => setIgnored((prev) => (prev.join() === columns.join() ? prev : columns)),
        onError: setError,
      }),
    [],
  );
  const { t: ts } = useTranslation('scoring');
  const labels = useCatalogLabels();
  const churnWarning = churnSkipWarning(snapshots.data?.snapshots[0]);
  const churnNote = churnWarning ? snapshotWarningText(churnWarning, t) : null;
  const { t: tsl } = useTranslation('segment-lists');
  const { t: tdp } = useTranslation('dashboard-page');
  const columnDefs = useMemo(() => {
    const defs = customerColumnDefs(labels, ts, locale, churnNote);
    // Beside the name, where it is seen without scrolling.
    const at = defs.findIndex((c) => c.colId === 'name') + 1;
    // Until a segment is saved the column would only ever be empty.
    return hasSegments ? [...defs.slice(0, at), segmentsColumn(tsl('customers.column')), ...defs.slice(at)] : defs;
  }, [labels, ts, tsl, locale, churnNote, hasSegments]);
  const localeText = useMemo(() => t('grid', { returnObjects: true }) as Record<string, string>, [t]);

  const onGridReady = (event: GridReadyEvent<CustomerRow>) => {
    apiRef.current = event.api;
  };

  const setSegments = (ids: readonly number[]) => {
    window.location.hash = customersBySegmentsHref(ids);
  };

  const clearFilters = () => {
    setQuickInput('');
    if (segmentIds.length > 0 || dashboardFilter) setSegments([]);
    apiRef.current?.setFilterModel(null);
  };

  const noWorkspace = error?.code === 'NO_WORKSPACE';
  const ignoredNames = ignored.map((c) => labels.field(c)).join(locale === 'zh-CN' ? '、' : ', ');
  // A refresh rebuilds the list (lifecycles, scores): drop every cached block.
  const onRefreshed = () => {
    apiRef.current?.purgeInfiniteCache();
    snapshots.reload();
  };

  return (
    <div data-testid="customers-page" style={{ display: 'flex', flexDirection: 'column', height: '100%', gap: 8, minHeight: 480 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('customers.title')}
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="customers-total" data-value={total ? String(total.count) : ''} aria-live="polite">
          {total ? t(total.filtered ? 'customers.totalFiltered' : 'customers.total', { total: formatInteger(total.count, locale) }) : t('customers.counting')}
        </Typography.Text>
        {latestAsOf ? <ScoresAsOf asOf={latestAsOf} /> : null}
        <ChurnSkipNote summary={snapshots.data?.snapshots[0]} />
        <Space style={{ marginLeft: 'auto' }}>
          {dashboardFilter ? (
            <Tag color="purple" closable onClose={() => (window.location.hash = hrefFor('customers'))} data-testid="customers-dashboard-filter">
              {tdp('drillThrough.tag')}
            </Tag>
          ) : null}
          <SegmentFilter segments={savedSegments} value={segmentIds} loading={segmentList.status === 'loading'} onChange={setSegments} />
          <Input
            ref={searchRef}
            allowClear
            data-testid="customers-quick-filter"
            aria-label={t('customers.quickFilterLabel')}
            placeholder={t('customers.quickFilter')}
            prefix={<SearchOutlined style={{ color: token.colorTextTertiary }} />}
            value={quickInput}
            maxLength={200}
            onChange={(e) => setQuickInput(e.target.value)}
            style={{ width: 300 }}
          />
          <Button
            icon={<ClearOutlined />}
            onClick={clearFilters}
            disabled={!quickInput && !hasColumnFilters && segmentIds.length === 0 && !dashboardFilter}
            data-testid="customers-clear-filters"
          >
            {t('customers.clearFilters')}
          </Button>
        </Space>
      </div>
      {snapshots.data && latestAsOf === null ? <NoScoresNotice onRefreshed={onRefreshed} /> : null}
      {ignored.length > 0 ? <Alert type="warning" showIcon title={t('customers.orIgnored', { columns: ignoredNames })} data-testid="customers-ignored-filters" /> : null}
      {error && !noWorkspace ? <ErrorAlert error={error} title={t('customers.loadFailed')} onRetry={() => apiRef.current?.purgeInfiniteCache()} /> : null}
      {noWorkspace ? (
        <div style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 32 }}>
          <NoDataState reason="noWorkspace" />
        </div>
      ) : (
        <div data-testid="customers-grid" style={{ flex: 1, minHeight: 0 }}>
          <AgGridReact<CustomerRow>
            // Header and filter texts are read at creation; a new language gets a new grid.
            key={locale}
            theme={gridTheme}
            columnDefs={columnDefs}
            // Long catalog labels wrap onto a second header line rather than being cut.
            defaultColDef={{ sortable: true, resizable: true, filter: true, suppressHeaderMenuButton: false, wrapHeaderText: true, autoHeaderHeight: true }}
            rowModelType="infinite"
            datasource={datasource}
            cacheBlockSize={BLOCK_SIZE}
            maxBlocksInCache={MAX_BLOCKS}
            maxConcurrentDatasourceRequests={2}
            blockLoadDebounceMillis={80}
            infiniteInitialRowCount={BLOCK_SIZE}
            rowBuffer={20}
            getRowId={(p) => p.data.customer_id}
            localeText={localeText}
            onGridReady={onGridReady}
            context={gridContext}
            onFilterChanged={(e) => setHasColumnFilters(e.api.isAnyFilterPresent())}
            tooltipShowDelay={600}
            // Tooltips as title attributes: a cut name or reason reads whole on hover, like every other cut text in the app.
            enableBrowserTooltips
          />
        </div>
      )}
    </div>
  );
}
