// The churn definitions next to every figure that depends on them.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/i18n/format';
import { HelpButton } from '../../components/HelpButton';
import { useLocale } from '../../i18n/use-locale';

export interface DefinitionHelpProps {
  inactivityDays: number;
  dataDate: string | null;
  testId?: string;
}

export function DefinitionHelp({ inactivityDays, dataDate, testId }: DefinitionHelpProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <HelpButton
      title={t('definitions.title')}
      ariaLabel={t('dashboard.helpLabel')}
      maxWidth={360}
      testId={testId}
      content={
        <>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('definitions.churn', { days: inactivityDays })}</Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('definitions.activeChurn')}</Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('definitions.rate')}</Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 8 }}>{t('definitions.active', { days: inactivityDays })}</Typography.Paragraph>
          {dataDate ? (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('definitions.month', { date: formatDate(dataDate, locale) })}
            </Typography.Paragraph>
          ) : null}
        </>
      }
    />
  );
}
