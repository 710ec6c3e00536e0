// The indicators of the health score: what each scores, in which group, by which method
// and direction, with which weight, and the effective share of the score that gives it.
import { useMemo } from 'react';
import { Button, InputNumber, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { DeleteOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { HealthConfig, Indicator } from '../../../shared/scoring/health-config';
import { featureCatalog } from '../../../shared/scoring/feature-catalog';
import { formatPercent } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';
import { pick } from '../customer360/labels';
import { effectiveShares, updateIndicator, withMethod, removeIndicator, type Method } from './health-draft';
import { HelpPopover } from './HelpPopover';
import { MethodParams } from './MethodParams';
import { useIndicatorLabel } from './indicator-label';

export interface IndicatorTableProps {
  config: HealthConfig;
  onChange: (config: HealthConfig) => void;
}

const methods: Method[] = ['percentile', 'linear', 'bands'];

export function IndicatorTable({ config, onChange }: IndicatorTableProps) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const label = useIndicatorLabel();
  const shares = useMemo(() => effectiveShares(config), [config]);
  const featureOptions = useMemo(() => featureCatalog.map((f) => ({ value: f.id, label: pick(f, locale) })), [locale]);
  const groupOptions = config.groups.map((g) => ({ value: g.id, label: pick(g, locale) }));
  const patch = (id: string, p: Partial<Omit<Indicator, 'id'>>) => onChange(updateIndicator(config, id, p));

  const columns: TableColumnsType<Indicator> = [
    {
      key: 'indicator',
      title: t('health.indicator'),
      render: (_, ind) => (
        <div style={{ minWidth: 150 }}>
          <Typography.Text strong>{label(ind)}</Typography.Text>
          <Select
            size="small"
            showSearch={{ optionFilterProp: 'label' }}
            variant="borderless"
            aria-label={t('health.feature')}
            value={ind.feature}
            options={featureOptions}
            popupMatchSelectWidth={false}
            onChange={(feature: string) => patch(ind.id, { feature })}
            style={{ display: 'block', marginLeft: -7, fontSize: 12, maxWidth: 230 }}
            data-testid={`indicator-${ind.id}-feature`}
          />
        </div>
      ),
    },
    {
      key: 'group',
      title: t('health.group'),
      width: 92,
      render: (_, ind) => (
        <Select size="small" value={ind.group} options={groupOptions} onChange={(group: string) => patch(ind.id, { group })} style={{ width: 84 }} />
      ),
    },
    {
      key: 'method',
      title: (
        <Space size={0}>
          {t('health.method')}
          <HelpPopover topics={['percentile', 'linear', 'bands']} testId="help-methods" />
        </Space>
      ),
      width: 150,
      render: (_, ind) => (
        <Select
          size="small"
          value={ind.scoring.method}
          options={methods.map((m) => ({ value: m, label: t(`health.methods.${m}`) }))}
          onChange={(m: Method) => patch(ind.id, { scoring: withMethod(ind, m) })}
          style={{ width: 140 }}
          popupMatchSelectWidth={false}
          data-testid={`indicator-${ind.id}-method`}
        />
      ),
    },
    {
      key: 'params',
      title: t('health.parameters'),
      render: (_, ind) => <MethodParams indicatorId={ind.id} scoring={ind.scoring} onChange={(scoring) => patch(ind.id, { scoring })} />,
    },
    {
      key: 'direction',
      title: (
        <Space size={0}>
          {t('health.direction')}
          <HelpPopover topics={['direction']} />
        </Space>
      ),
      width: 112,
      render: (_, ind) => (
        <Select
          size="small"
          value={ind.direction}
          options={(['higherIsBetter', 'lowerIsBetter'] as const).map((d) => ({ value: d, label: t(`health.directions.${d}`) }))}
          onChange={(direction: Indicator['direction']) => patch(ind.id, { direction })}
          style={{ width: 104 }}
          popupMatchSelectWidth={false}
        />
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
      width: 84,
      render: (_, ind) => (
        <InputNumber
          size="small"
          min={0}
          max={1000}
          value={ind.weight}
          onChange={(v) => v !== null && patch(ind.id, { weight: v })}
          style={{ width: 70 }}
          aria-label={`${t('health.weight')} ${label(ind)}`}
          data-testid={`indicator-${ind.id}-weight`}
        />
      ),
    },
    {
      key: 'share',
      title: t('health.effectiveShare'),
      width: 76,
      align: 'right',
      render: (_, ind) => (
        <span data-testid={`indicator-${ind.id}-share`} data-value={shares.get(ind.id) ?? 0} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {formatPercent(shares.get(ind.id) ?? 0, locale)}
        </span>
      ),
    },
    {
      key: 'remove',
      width: 36,
      render: (_, ind) => (
        <Button
          size="small"
          type="text"
          icon={<DeleteOutlined />}
          aria-label={`${t('health.remove')} ${label(ind)}`}
          disabled={config.indicators.length <= 1}
          onClick={() => onChange(removeIndicator(config, ind.id))}
        />
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
    />
  );
}
