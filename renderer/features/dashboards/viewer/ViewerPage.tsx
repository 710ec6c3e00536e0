// The read-only viewer of a dashboard file (*.churndash): its dashboards as tabs, filters, linkage,
// drill (down to the packaged grain) and large-screen mode answered from the file; editing,
// saving and drill-through to the workspace's Customers or Customer 360 are absent.
import { useMemo, useState } from 'react';
import { Alert, Button, Descriptions, Empty, Skeleton, Tabs, Tag } from 'antd';
import { FullscreenOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ViewerInfo } from '../../../../shared/contract/domains/dashboards';
import { formatDate } from '../../../../shared/i18n/format';
import { invoke } from '../../../api/client';
import { useOperation } from '../../../api/use-operation';
import { navigate } from '../../../app/use-hash-route';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useLocale } from '../../../i18n/use-locale';
import { DashboardBody } from '../DashboardBody';
import { fileSource } from '../data-source';
import { EMPTY_FILTERS } from '../filter-state';
import { LargeScreen } from '../LargeScreen';
import { useCatalogLabels } from '../use-catalog-labels';
import { useDashboardData } from '../use-dashboard-data';

function FileDashboard({ info, index }: { info: ViewerInfo; index: number }) {
  const { t } = useTranslation('dashboard-page');
  const entry = info.dashboards.find((d) => d.index === index);
  const source = useMemo(() => fileSource(index, info.catalog), [index, info.catalog]);
  const [filters, setFilters] = useState(EMPTY_FILTERS);
  const [large, setLarge] = useState(false);
  const labels = useCatalogLabels(info.catalog);
  const data = useDashboardData(source, entry?.spec.widgets ?? [], filters);
  if (!entry) return null;
  return (
    <>
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 4 }}>
        <Button icon={<FullscreenOutlined />} onClick={() => setLarge(true)} data-testid="viewer-large-screen">
          {t('actions.largeScreen')}
        </Button>
      </div>
      <DashboardBody
        spec={entry.spec}
        source={source}
        data={data}
        catalog={info.catalog}
        labels={labels}
        filters={filters}
        onFilters={setFilters}
        notice={data.error ? <ErrorAlert error={data.error} onRetry={data.reload} /> : null}
      />
      {large ? (
        <LargeScreen
          spec={entry.spec}
          title={entry.name}
          source={source}
          catalog={info.catalog}
          labels={labels}
          filters={filters}
          onFilters={setFilters}
          onExit={() => setLarge(false)}
        />
      ) : null}
    </>
  );
}

export default function ViewerPage() {
  const { t } = useTranslation('dashboard-page');
  const locale = useLocale();
  const info = useOperation('viewer.info', {});
  const [tab, setTab] = useState<number | null>(null);

  if (info.error) return <ErrorAlert error={info.error} onRetry={info.reload} />;
  if (!info.data && info.status === 'loading') return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!info.data) return <Empty description={t('viewer.none')} data-testid="viewer-none" />;
  const file = info.data;
  const m = file.manifest;
  const activeIndex = tab ?? file.dashboards[0]?.index ?? 0;
  return (
    <div data-testid="viewer-page" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
      <Alert
        type="info"
        showIcon
        data-testid="viewer-banner"
        title={
          <span>
            {t('viewer.banner')} <Tag color="blue">{t('viewer.readOnly')}</Tag>
          </span>
        }
        description={
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, lg: 5 }}
            items={[
              { key: 'file', label: t('viewer.file'), children: file.fileName },
              { key: 'workspace', label: t('viewer.workspace'), children: m.workspaceName },
              { key: 'date', label: t('viewer.dataDate'), children: m.dataDate ? formatDate(m.dataDate, locale) : '—' },
              { key: 'created', label: t('viewer.createdAt'), children: m.createdAt.slice(0, 16).replace('T', ' ') },
              { key: 'k', label: 'k', children: t('viewer.k', { k: m.kAnonymity }) },
            ]}
          />
        }
        action={
          <Button
            size="small"
            onClick={() => {
              void invoke('viewer.close', {}).finally(() => navigate('dashboard'));
            }}
            data-testid="viewer-close"
          >
            {t('viewer.close')}
          </Button>
        }
      />
      <Tabs
        activeKey={String(activeIndex)}
        onChange={(key) => setTab(Number(key))}
        data-testid="viewer-tabs"
        items={file.dashboards.map((d) => ({ key: String(d.index), label: d.name }))}
      />
      <FileDashboard key={activeIndex} info={file} index={activeIndex} />
    </div>
  );
}
