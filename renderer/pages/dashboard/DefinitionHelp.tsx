// The churn definitions next to every figure that depends on them (PRODUCT.md §5 asks for
// exact, documented definitions in the app).
import { Button, Popover, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/i18n/format';
import { useLocale } from '../../i18n/use-locale';

export interface DefinitionHelpProps {
  inactivityDays: number;
  dataDate: string | null;
  testId?: string;
}

export function DefinitionHelp({ inactivityDays, dataDate, testId }: DefinitionHelpProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const content = (
    <div style={{ maxWidth: 360 }} data-testid={testId ? `${testId}-content` : undefined}>
      <Typography.Paragraph style={{ marginBottom: 8 }}>{t('definitions.churn', { days: inactivityDays })}</Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 8 }}>{t('definitions.rate')}</Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 8 }}>{t('definitions.active', { days: inactivityDays })}</Typography.Paragraph>
      {dataDate ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('definitions.month', { date: formatDate(dataDate, locale) })}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
  return (
    <Popover title={t('definitions.title')} content={content} trigger={['hover', 'click']} placement="bottomLeft">
      <Button
        type="text"
        size="small"
        icon={<QuestionCircleOutlined />}
        aria-label={t('dashboard.helpLabel')}
        data-testid={testId}
        style={{ color: 'inherit', opacity: 0.65 }}
      />
    </Popover>
  );
}
