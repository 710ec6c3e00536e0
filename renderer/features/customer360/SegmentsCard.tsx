// The saved segments and lists this customer belongs to now (segment.ofCustomer), each a link to
// the segment on the Segments page.
import { Button, Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOperation } from '../../api/use-operation';
import { segmentHref } from '../../app/routes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SegmentTag } from '../../components/SegmentTag';

export function SegmentsCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation('segment-lists');
  const segments = useOperation('segment.ofCustomer', { customerId });
  const list = segments.data?.segments ?? null;
  return (
    <Card
      size="small"
      title={t('c360.title')}
      data-testid="c360-segments"
      data-count={list?.length ?? ''}
      extra={
        <Button type="link" size="small" href={segmentHref()} style={{ paddingInline: 0 }}>
          {t('c360.manage')}
        </Button>
      }
    >
      {segments.error && !list ? (
        <ErrorAlert error={segments.error} title={t('c360.loadFailed')} onRetry={segments.reload} />
      ) : list === null ? (
        <Skeleton active paragraph={false} />
      ) : list.length === 0 ? (
        <Typography.Text type="secondary">{t('c360.none')}</Typography.Text>
      ) : (
        <div style={{ display: 'flex', flexWrap: 'wrap', rowGap: 4 }}>
          {list.map((s) => (
            <SegmentTag key={s.id} name={s.name} color={s.color} href={segmentHref(s.id)} testId={`c360-segment-${s.id}`} />
          ))}
        </div>
      )}
    </Card>
  );
}
