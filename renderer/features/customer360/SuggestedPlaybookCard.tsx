// The playbook suggested for this customer (playbook.suggest): its name, channel and cost, and
// why — the customer's value × risk group and strongest churn reason — with a link that opens the
// New-campaign dialog for this one customer on the Actions page.
import { Button, Card, Skeleton, Space, Tag, Typography } from 'antd';
import { RocketOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatCurrency } from '../../../shared/i18n/format';
import { hrefFor } from '../../app/routes';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocale } from '../../i18n/use-locale';

export function SuggestedPlaybookCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation('campaigns');
  const { t: tc } = useTranslation('campaign-words');
  const { t: ts } = useTranslation('scoring');
  const locale = useLocale();
  const suggestion = useOperation('playbook.suggest', { customerId });
  const data = suggestion.data;
  const href = `${hrefFor('actions')}?new=customers&customers=${encodeURIComponent(customerId)}`;
  const group = data?.valueRisk ? ts(`valueRisk.${data.valueRisk}`) : null;
  const reason = data?.reasonType ? ts(`reasonTypes.${data.reasonType}`) : null;
  return (
    <Card
      size="small"
      title={t('suggest.title')}
      data-testid="c360-playbook"
      data-playbook-id={data?.playbook?.id ?? ''}
      extra={
        <Space size={4}>
          <Button type="link" size="small" href={hrefFor('actions')} style={{ paddingInline: 0 }}>
            {t('suggest.manage')}
          </Button>
          <Button type="primary" size="small" icon={<RocketOutlined />} href={href} data-testid="c360-start-campaign">
            {t('suggest.start')}
          </Button>
        </Space>
      }
    >
      {suggestion.error && !data ? (
        <ErrorAlert error={suggestion.error} title={t('common.loadFailed')} onRetry={suggestion.reload} />
      ) : !data ? (
        <Skeleton active paragraph={false} />
      ) : !data.playbook ? (
        <Typography.Text type="secondary">{t('suggest.none')}</Typography.Text>
      ) : (
        <Space wrap size={8}>
          <Typography.Text strong data-testid="c360-playbook-name">
            {data.playbook.name ?? (data.playbook.builtin ? tc(`playbooks.${data.playbook.builtin}.name`) : '')}
          </Typography.Text>
          <Tag>{tc(`channels.${data.playbook.channel}`)}</Tag>
          <Typography.Text type="secondary">{t('suggest.cost', { cost: formatCurrency(data.playbook.costPerContact, locale) })}</Typography.Text>
          {group ? <Typography.Text type="secondary">{reason ? t('suggest.why', { group, reason }) : t('suggest.whyGroup', { group })}</Typography.Text> : null}
        </Space>
      )}
    </Card>
  );
}
