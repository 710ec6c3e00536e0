// Honest stand-in for a feature that is specified but not built yet: says what it will do.
import { Result, Typography, theme } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RouteKey } from '../../app/routes';

export type PlaceholderRoute = Extract<RouteKey, 'data' | 'health' | 'models' | 'warnings' | 'actions'>;

export function PlaceholderPage({ route }: { route: PlaceholderRoute }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div data-testid={`placeholder-${route}`} style={{ background: token.colorBgContainer, borderRadius: token.borderRadiusLG, padding: 24 }}>
      <Result
        icon={<ClockCircleOutlined />}
        title={t(`nav.${route}`)}
        subTitle={t('placeholder.later')}
        extra={
          <Typography.Paragraph style={{ maxWidth: 640, margin: '0 auto', textAlign: 'left' }}>
            <Typography.Text strong>{t('placeholder.whatItWillDo')}</Typography.Text> {t(`placeholder.${route}`)}
          </Typography.Paragraph>
        }
      />
    </div>
  );
}
