// Full-area error: what failed (code and its meaning), the host's message, and a way out.
import { Button, Result, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from './error-text';

export interface ErrorViewProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

export function ErrorView({ error, onRetry, title }: ErrorViewProps) {
  const { t } = useTranslation();
  const text = describeError(error, t);
  return (
    <Result
      status="error"
      title={title ?? text.summary}
      subTitle={
        <span data-testid="error-view" data-code={text.code}>
          <Tag color="error">{text.code}</Tag>
          <Typography.Text type="secondary">{text.detail}</Typography.Text>
        </span>
      }
      extra={[
        onRetry ? (
          <Button key="retry" type="primary" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        ) : null,
        <Button key="reload" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>,
      ]}
    />
  );
}
