// Inline error inside a card or above a grid, so the rest of the page stays usable.
import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from './error-text';

export interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

export function ErrorAlert({ error, onRetry, title }: ErrorAlertProps) {
  const { t } = useTranslation();
  const text = describeError(error, t);
  return (
    <Alert
      type="error"
      showIcon
      data-testid="error-alert"
      data-code={text.code}
      title={title ? `${title}: ${text.summary}` : text.summary}
      // The code (INVALID_INPUT …) stays in data-code for support; the reader gets words.
      description={text.detail}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
