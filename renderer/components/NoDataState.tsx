// Empty state that tells the analyst the next step instead of showing blank charts.
import { Button, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/use-hash-route';

export function NoDataState({ reason }: { reason: 'noWorkspace' | 'noData' }) {
  const { t } = useTranslation();
  const title = reason === 'noWorkspace' ? t('empty.noWorkspaceTitle') : t('empty.noDataTitle');
  const hint = reason === 'noWorkspace' ? t('empty.noWorkspaceHint') : t('empty.noDataHint');
  return (
    <Empty
      data-testid="no-data"
      data-reason={reason}
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <>
          <div style={{ fontWeight: 600, marginBottom: 4 }}>{title}</div>
          <div>{hint}</div>
        </>
      }
    >
      <Button type="primary" onClick={() => navigate('data')}>
        {t('empty.goToData')}
      </Button>
    </Empty>
  );
}
