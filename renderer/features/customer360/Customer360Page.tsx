// Customer 360 (PRODUCT.md §6): profile, scores with their reasons, health breakdown, score
// history and the timeline of everything that happened to one customer.
import { Alert, Button, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/i18n/format';
import { hrefFor } from '../../app/routes';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NoDataState } from '../../components/NoDataState';
import { useLocale } from '../../i18n/use-locale';
import { RefreshScoresButton } from '../../components/RefreshScoresButton';
import { CustomerTimeline } from './CustomerTimeline';
import { GroupBreakdown } from './GroupBreakdown';
import { ProfileCard } from './ProfileCard';
import { ReasonsCard } from './ReasonsCard';
import { ScoreCards } from './ScoreCards';
import { ChurnSkipNote } from '../../components/ChurnSkipNote';
import { ScoreHistoryCard } from './ScoreHistoryCard';
import { LifecycleItems } from './LifecycleItems';
import { SegmentsCard } from './SegmentsCard';
import { SuggestedPlaybookCard } from './SuggestedPlaybookCard';
import { useCustomerLifecycle } from './use-customer-lifecycle';

export default function Customer360Page({ customerId }: { customerId: string }) {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const profile = useOperation('customer.profile', { customerId });
  const lifecycle = useCustomerLifecycle(customerId);
  const onRefreshed = () => {
    profile.reload();
    lifecycle.reload();
  };
  const snapshots = useOperation('snapshot.list', {});
  const data = profile.data;
  // The breakdown is read with the configuration that scored it (group names, tier cut-offs).
  const healthVersion = snapshots.data?.snapshots.find((s) => s.snapshotId === data?.snapshotId)?.healthConfigVersion;
  const health = useOperation('health.getConfig', healthVersion === undefined ? {} : { version: healthVersion });
  const config = health.data?.config ?? null;
  const cutoffs = config?.tiers ?? { healthy: 70, watch: 40 };

  const back = (
    <Button type="link" href={hrefFor('customers')} icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }} data-testid="c360-back">
      {t('customer360.back')}
    </Button>
  );

  if (profile.error?.code === 'NO_WORKSPACE') return <NoDataState reason="noWorkspace" />;
  if (profile.error && !data) {
    return (
      <div data-testid="customer360-page">
        {back}
        {profile.error.code === 'NOT_FOUND' ? (
          <Alert type="warning" showIcon title={t('customer360.notFound', { id: customerId })} />
        ) : (
          <ErrorAlert error={profile.error} onRetry={profile.reload} />
        )}
      </div>
    );
  }
  if (!data) {
    return (
      <div data-testid="customer360-page">
        {back}
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  }

  const name = typeof data.customer.name === 'string' ? data.customer.name : null;
  const status = typeof data.customer.status === 'string' ? data.customer.status : null;
  const score = data.score;
  // The mart's lifecycle; the snapshot's churn flag when the mart has no row for the customer.
  const life = lifecycle.data?.lifecycle ?? (score ? (score.churned ? 'churned' : null) : null);
  const churned = life === 'churned';
  return (
    <div data-testid="customer360-page" data-customer-id={customerId} data-snapshot-id={data.snapshotId ?? ''}>
      {back}
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="c360-title">
          {name ?? customerId}
          <Typography.Text type="secondary" style={{ marginLeft: 8, fontWeight: 400, fontSize: 13 }}>
            {customerId}
          </Typography.Text>
        </Typography.Title>
        <LifecycleItems
          lifecycle={life}
          churnDate={lifecycle.data?.churn_date ?? null}
          churnKind={lifecycle.data?.churn_kind ?? null}
          status={lifecycle.data?.status ?? status}
          tier={score?.tier ?? null}
          scored={score !== null}
        />
        {score?.valueRisk && !churned ? <Tag data-testid="c360-value-risk">{t(`valueRisk.${score.valueRisk}`)}</Tag> : null}
        {data.asOf ? (
          <Typography.Text type="secondary" style={{ marginLeft: 'auto' }}>
            {t('common.snapshotAsOf', { date: formatDate(data.asOf, locale) })}
          </Typography.Text>
        ) : null}
      </div>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        {score ? (
          <ScoreCards
            score={score}
            cutoffs={cutoffs}
            churn={churned ? { date: lifecycle.data?.churn_date ?? null, kind: lifecycle.data?.churn_kind ?? null } : null}
            configChanged={data.history.find((h) => h.snapshotId === data.snapshotId)?.configChanged ?? false}
            noChurnNote={<ChurnSkipNote summary={snapshots.data?.snapshots.find((s) => s.snapshotId === data?.snapshotId)} />}
          />
        ) : (
          <Alert
            type="info"
            showIcon
            data-testid="c360-no-score"
            title={data.snapshotId === null ? t('common.noSnapshotHint') : t('customer360.noScore')}
            action={<RefreshScoresButton onDone={onRefreshed} />}
          />
        )}
        <SegmentsCard customerId={customerId} />
        <SuggestedPlaybookCard customerId={customerId} />
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={8}>
            <ProfileCard customer={data.customer} attributes={data.attributes} />
          </Col>
          <Col xs={24} lg={8}>
            <GroupBreakdown groups={data.groups} indicators={data.indicators} config={config} />
          </Col>
          <Col xs={24} lg={8}>
            <ReasonsCard reasons={score?.reasons ?? []} churned={churned} />
          </Col>
        </Row>
        <Row gutter={[12, 12]}>
          <Col xs={24} xl={12}>
            <ScoreHistoryCard history={data.history} cutoffs={cutoffs} />
          </Col>
          <Col xs={24} xl={12}>
            <CustomerTimeline events={data.timeline} truncated={data.timelineTruncated} />
          </Col>
        </Row>
      </Space>
    </div>
  );
}
