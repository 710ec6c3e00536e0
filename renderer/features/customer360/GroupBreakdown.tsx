// How the health score is made up: each group's stored score (coloured by the tier that score
// would be), applied weight and points (points sum to the score), then the indicator detail.
import { Card, Collapse, Progress, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerProfile } from '../../../shared/contract/domains/scoring';
import { tierColors } from '../../../shared/domain/tiers';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import { formatNumber, formatPercent } from '../../../shared/i18n/format';
import { tierOfScore } from '../../charts/health-histogram-option';
import { useLocale } from '../../i18n/use-locale';
import { HelpPopover } from '../../components/HelpPopover';
import { useHealthGroupLabel, useIndicatorLabel } from '../../i18n/indicator-label';
import { formatValue } from '../../../shared/i18n/format-kind';

export interface GroupBreakdownProps {
  groups: CustomerProfile['groups'];
  indicators: CustomerProfile['indicators'];
  config: HealthConfig | null;
}

export function GroupBreakdown({ groups, indicators, config }: GroupBreakdownProps) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const indicatorLabel = useIndicatorLabel();
  const cutoffs = config?.tiers ?? { healthy: 70, watch: 40 };
  const groupName = useHealthGroupLabel();
  return (
    <Card
      size="small"
      data-testid="c360-groups"
      title={
        <Space size={0}>
          {t('customer360.breakdown')}
          <HelpPopover topics={['health', 'groupWeight']} />
        </Space>
      }
      style={{ height: '100%' }}
    >
      <Space orientation="vertical" size={6} style={{ width: '100%' }}>
        {groups.map((g) => (
          <div key={g.group} data-group={g.group} data-value={g.score ?? ''} data-points={g.points}>
            <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 12 }}>
              <span>{groupName(g.group)}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('customer360.groupWeight')} {formatPercent(g.weight, locale, 0)} · {t('customer360.groupPoints')} {formatValue(g.points, 'score', locale)}
              </Typography.Text>
            </div>
            {g.score === null ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('customer360.noGroupData')}
              </Typography.Text>
            ) : (
              <Progress percent={g.score} size="small" strokeColor={tierColors[tierOfScore(g.score, cutoffs)]} format={(p) => formatValue(p ?? null, 'score', locale)} />
            )}
          </div>
        ))}
        {indicators.length > 0 ? (
          <Collapse
            ghost
            size="small"
            items={[
              {
                key: 'indicators',
                label: t('customer360.indicatorDetail'),
                children: (
                  <Table
                    size="small"
                    rowKey="indicator"
                    pagination={false}
                    dataSource={indicators}
                    columns={[
                      {
                        key: 'indicator',
                        title: t('health.indicator'),
                        render: (_, i) => indicatorLabel({ id: i.indicator, feature: config?.indicators.find((x) => x.id === i.indicator)?.feature }),
                      },
                      { key: 'value', title: t('customer360.value'), align: 'right', render: (_, i) => formatNumber(i.value, locale, 2) },
                      {
                        key: 'score',
                        title: t('customer360.groupScore'),
                        align: 'right',
                        render: (_, i) =>
                          i.score === null ? (
                            '—'
                          ) : (
                            <span style={{ color: tierColors[tierOfScore(i.score, cutoffs)], fontWeight: 600 }}>{formatValue(i.score, 'score', locale)}</span>
                          ),
                      },
                    ]}
                  />
                ),
              },
            ]}
          />
        ) : null}
      </Space>
    </Card>
  );
}
