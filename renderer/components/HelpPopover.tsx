// The exact PRODUCT.md §5 scoring definitions next to the number they define.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoringMessages } from '../../shared/i18n/messages/scoring.zh-CN';
import { HelpButton } from './HelpButton';

export type DefinitionKey = keyof ScoringMessages['definitions'];

export interface HelpPopoverProps {
  topics: readonly DefinitionKey[];
  /** Interpolation values some definitions carry (tier cut-offs, horizon days). */
  values?: Record<string, string | number>;
  testId?: string;
}

export function HelpPopover({ topics, values, testId }: HelpPopoverProps) {
  const { t } = useTranslation('scoring');
  return (
    <HelpButton
      title={t('common.definitionTitle')}
      ariaLabel={t('common.helpLabel')}
      maxWidth={420}
      testId={testId}
      content={topics.map((topic, i) => (
        <Typography.Paragraph key={topic} style={{ marginBottom: i === topics.length - 1 ? 0 : 8 }}>
          {t(`definitions.${topic}`, { healthy: 70, watch: 40, days: 90, ...values })}
        </Typography.Paragraph>
      ))}
    />
  );
}
