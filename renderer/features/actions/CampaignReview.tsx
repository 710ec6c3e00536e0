// A campaign's PDCA review (`#/actions?campaign=<id>`): Plan (audience, hypothesis, playbook,
// seed, control share, MDE), Do (contacts, cost, call list, the members with their outcomes),
// Check (the effect with its intervals and breakdowns) and Act (notes, next steps, repeat).
import { useCallback } from 'react';
import { Alert, Button, Card, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Campaign, Playbook } from '../../../shared/contract/domains/campaigns';
import { hrefFor } from '../../app/routes';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EffectPanel } from './EffectPanel';
import { ReviewAct } from './ReviewAct';
import { ReviewDo } from './ReviewDo';
import { ReviewPlan } from './ReviewPlan';

const STATUS_COLORS = { draft: 'default', running: 'processing', finished: 'success' } as const;

export interface CampaignReviewProps {
  campaignId: string;
  playbooks: readonly Playbook[];
  /** Edit a draft (repeat false) or repeat the campaign on the new warning list (repeat true). */
  onEdit: (campaign: Campaign, repeat: boolean) => void;
  onChanged: () => void;
}

export default function CampaignReview({ campaignId, playbooks, onEdit, onChanged }: CampaignReviewProps) {
  const { t } = useTranslation('campaigns');
  const campaign = useOperation('campaign.get', { id: campaignId });
  const effect = useOperation('campaign.effect', { id: campaignId });
  const { reload: reloadCampaign } = campaign;
  const { reload: reloadEffect } = effect;
  // An outcome edited or imported changes the counts, the effect and the list's headline.
  const outcomesChanged = useCallback(() => {
    reloadCampaign();
    reloadEffect();
    onChanged();
  }, [reloadCampaign, reloadEffect, onChanged]);

  const back = (
    <div>
      <Button type="link" href={hrefFor('actions')} icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }} data-testid="campaign-back">
        {t('review.back')}
      </Button>
    </div>
  );
  const c = campaign.data;
  if (campaign.error && !c) {
    return (
      <div data-testid="campaign-review">
        {back}
        {campaign.error.code === 'NOT_FOUND' ? (
          <Alert type="warning" showIcon title={t('review.notFound', { id: campaignId })} />
        ) : (
          <ErrorAlert error={campaign.error} onRetry={campaign.reload} />
        )}
      </div>
    );
  }
  if (!c) {
    return (
      <div data-testid="campaign-review">
        {back}
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  }
  const playbook = playbooks.find((p) => p.id === c.playbookId) ?? null;
  return (
    <div data-testid="campaign-review" data-campaign-id={c.id} data-status={c.status}>
      {back}
      <Space align="center" size={12} style={{ marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="campaign-title">
          {c.name}
        </Typography.Title>
        <Tag color={STATUS_COLORS[c.status]}>{t(`status.${c.status}`)}</Tag>
        <Typography.Text type="secondary">{t(`origin.${c.origin}`)}</Typography.Text>
      </Space>
      {c.status === 'draft' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('review.draftNote')}
          action={
            <Button type="primary" size="small" onClick={() => onEdit(c, false)} data-testid="campaign-edit-draft">
              {t('review.editDraft')}
            </Button>
          }
        />
      ) : null}
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={9}>
          <Card size="small" title={t('review.plan')} data-testid="pdca-plan" style={{ height: '100%' }}>
            <ReviewPlan campaign={c} playbook={playbook} mde={effect.data?.mde ?? null} />
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card
            size="small"
            title={t('review.check')}
            extra={<Typography.Text type="secondary">{t('review.metricIs', { metric: t(`metrics.${c.outcomeMetric}`) })}</Typography.Text>}
            data-testid="pdca-check"
            style={{ height: '100%' }}
          >
            <EffectPanel effect={effect.data} error={effect.error} loading={effect.status === 'loading'} onRetry={effect.reload} />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('review.do')} data-testid="pdca-do">
            <ReviewDo campaign={c} onOutcomesChanged={outcomesChanged} />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('review.act')} data-testid="pdca-act">
            <ReviewAct campaign={c} onSaved={reloadCampaign} onRepeat={() => onEdit(c, true)} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
