// The indicators of the health score: what each scores, in which group, by which method
// and direction, with which weight, and the effective share of the score that gives it.
import { useMemo } from 'react';
import { Button, InputNumber, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { HealthConfig, Indicator } from '../../../shared/scoring/health-config';
import { featureCatalog } from '../../../shared/scoring/feature-catalog';
import { formatPercent } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { useFeatureLabel } from '../../i18n/use-feature-label';
import { effectiveShares, updateIndicator, withMethod, removeIndicator, type Method } from './health-draft';
import { HelpPopover } from '../../components/HelpPopover';
import { MethodParams } from './MethodParams';
import { useHealthGroupLabel, useIndicatorLabel } from '../../i18n/indicator-label';
import { emptyNoData, type NoDataView } from './no-data';

export interface IndicatorTableProps {
  config: HealthConfig;
  onChange: (config: HealthConfig) => void;
  /** Indicators the snapshot has no data for: greyed out with their note, share 0. */
  noData?: NoDataView;
}

const methods: Method[] = ['percentile', 'linear', 'bands'];

export function IndicatorTable({ config, onChange, noData = emptyNoData }: IndicatorTableProps) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const label = useIndicatorLabel();
  const shares = useMemo(() => effectiveShares(config, noData.ids), [config, noData.ids]);
  const featureName = useFeatureLabel();
  const groupName = useHealthGroupLabel();
  const featureOptions = useMemo(() => featureCatalog.map((f) => ({ value: f.id, label: featureName(f.id) })), [featureName]);
  const groupOptions = config.groups.map((g) => ({ value: g.id, label: groupName(g.id) }));
  const patch = (id: string, p: Partial<Omit<Indicator, 'id'>>) => onChange(updateIndicator(config, id, p));

  // Eight concerns in five columns: stacked controls keep the table inside ~700 px at 1366×768.
  const columns: TableColumnsType<Indicator> = [
    {
      key: 'indicator',
      title: t('health.indicator'),
      render: (_, ind) => (
        <div style={{ width: 146 }}>
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 4 }}>
            <Typography.Text strong ellipsis title={label(ind)}>
              {label(ind)}
            </Typography.Text>
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              aria-label={`${t('health.remove')} ${label(ind)}`}
              title={t('health.remove')}
              disabled={config.indicators.length <= 1}
              onClick={() => onChange(removeIndicator(config, ind.id))}
              style={{ opacity: 0.55 }}
            />
          </div>
          <Select
            size="small"
            showSearch={{ optionFilterProp: 'label' }}
            variant="borderless"
            aria-label={t('health.feature')}
            title={featureName(ind.feature)}
            value={ind.feature}
            options={featureOptions}
            popupMatchSelectWidth={false}
            onChange={(feature: string) => patch(ind.id, { feature })}
            style={{ width: 153, marginLeft: -7, fontSize: 12 }}
            data-testid={`indicator-${ind.id}-feature`}
          />
          {noData.notes.has(ind.id) ? (
            <div data-testid={`indicator-${ind.id}-no-data`} style={{ fontSize: 12, color: '#8c8c8c', maxWidth: 175 }}>
              <Tag style={{ marginInlineEnd: 4 }}>{t('health.noData.tag')}</Tag>
              {noData.notes.get(ind.id)}
            </div>
          ) : null}
        </div>
      ),
    },
    {
      key: 'group',
      title: t('health.group'),
      render: (_, ind) => (
        <Select
          size="small"
          aria-label={t('health.group')}
          value={ind.group}
          options={groupOptions}
          popupMatchSelectWidth={false}
          onChange={(group: string) => patch(ind.id, { group })}
          style={{ width: 104 }}
        />
      ),
    },
    {
      key: 'method',
      title: (
        <Space size={0}>
          {t('health.method')} / {t('health.direction')}
          <HelpPopover topics={['percentile', 'linear', 'bands', 'direction']} testId="help-methods" />
        </Space>
      ),
      render: (_, ind) => (
        <Space orientation="vertical" size={4}>
          <Select
            size="small"
            aria-label={t('health.method')}
            value={ind.scoring.method}
            options={methods.map((m) => ({ value: m, label: t(`health.methods.${m}`) }))}
            onChange={(m: Method) => patch(ind.id, { scoring: withMethod(ind, m) })}
            style={{ width: 146 }}
            popupMatchSelectWidth={false}
            data-testid={`indicator-${ind.id}-method`}
          />
          <Select
            size="small"
            aria-label={t('health.direction')}
            value={ind.direction}
            options={(['higherIsBetter', 'lowerIsBetter'] as const).map((d) => ({ value: d, label: t(`health.directions.${d}`) }))}
            onChange={(direction: Indicator['direction']) => patch(ind.id, { direction })}
            style={{ width: 146 }}
            popupMatchSelectWidth={false}
            data-testid={`indicator-${ind.id}-direction`}
          />
        </Space>
      ),
    },
    {
      key: 'params',
      title: t('health.parameters'),
      render: (_, ind) => (
        <div style={{ width: 140 }}>
          <MethodParams indicatorId={ind.id} scoring={ind.scoring} onChange={(scoring) => patch(ind.id, { scoring })} />
        </div>
      ),
    },
    {
      key: 'weight',
      title: (
        <Space size={0}>
          {t('health.weight')}
          <HelpPopover topics={['weight']} />
        </Space>
      ),
      render: (_, ind) => (
        <div style={{ width: 62 }}>
          <InputNumber
            size="small"
            min={0}
            max={1000}
            value={ind.weight}
            onChange={(v) => v !== null && patch(ind.id, { weight: v })}
            style={{ width: 62 }}
            aria-label={`${t('health.weight')} ${label(ind)}`}
            data-testid={`indicator-${ind.id}-weight`}
          />
          <div
            title={t('health.effectiveShare')}
            data-testid={`indicator-${ind.id}-share`}
            data-value={shares.get(ind.id) ?? 0}
            style={{ fontSize: 12, color: '#8c8c8c', fontVariantNumeric: 'tabular-nums', marginTop: 2 }}
          >
            {formatPercent(shares.get(ind.id) ?? 0, locale)}
          </div>
        </div>
      ),
    },
  ];

  return (
    <Table<Indicator>
      data-testid="health-indicators"
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={config.indicators}
      pagination={false}
      scroll={{ x: 'max-content' }}
      // Greyed, still editable: the weights apply again once the source is imported.
      onRow={(ind) => (noData.ids.has(ind.id) ? { style: { opacity: 0.55, background: '#fafafa' }, 'data-no-data': 'true' } : {})}
    />
  );
}
