// The exact PRODUCT.md §5 definitions next to the number they define, as a help popover.
import { Button, Popover, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ScoringMessages } from '../../../shared/i18n/messages/scoring.zh-CN';

export type DefinitionKey = keyof ScoringMessages['definitions'];

export interface HelpPopoverProps {
  topics: readonly DefinitionKey[];
  /** Interpolation values some definitions carry (tier cut-offs, horizon days). */
  values?: Record<string, string | number>;
  testId?: string;
}

export function HelpPopover({ topics, values, testId }: HelpPopoverProps) {
  const { t } = useTranslation('scoring');
  const content = (
    <div style={{ maxWidth: 420 }} data-testid={testId ? `${testId}-content` : undefined}>
      {topics.map((topic, i) => (
        <Typography.Paragraph key={topic} style={{ marginBottom: i === topics.length - 1 ? 0 : 8 }}>
          {t(`definitions.${topic}`, { healthy: 70, watch: 40, days: 90, ...values })}
        </Typography.Paragraph>
      ))}
    </div>
  );
  return (
    <Popover title={t('common.definitionTitle')} content={content} trigger={['hover', 'click']} placement="bottomLeft">
      <Button
        type="text"
        size="small"
        icon={<QuestionCircleOutlined />}
        aria-label={t('common.helpLabel')}
        data-testid={testId}
        style={{ color: 'inherit', opacity: 0.65 }}
      />
    </Popover>
  );
}
