// The footer both export dialogs share: Cancel and the dialog's run button while the form is
// open, a single Close once the file is written (running again would export a second copy).
import type { ReactNode } from 'react';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ExportModalFooterProps {
  readonly done: boolean;
  readonly running: boolean;
  readonly okIcon: ReactNode;
  readonly okText: string;
  readonly onOk: () => void;
  /** Cancel: cancels a running job and closes. */
  readonly onCancel: () => void;
  readonly onClose: () => void;
  /** Prefix of the buttons' test ids: `${testId}-ok`, `-cancel`, `-close`. */
  readonly testId: string;
}

export function ExportModalFooter(props: ExportModalFooterProps) {
  const { t } = useTranslation('export-page');
  if (props.done)
    return (
      <Button type="primary" onClick={props.onClose} data-testid={`${props.testId}-close`}>
        {t('form.close')}
      </Button>
    );
  return (
    <Space>
      <Button onClick={props.onCancel} data-testid={`${props.testId}-cancel`}>
        {t('form.cancel')}
      </Button>
      <Button type="primary" icon={props.okIcon} onClick={props.onOk} loading={props.running} data-testid={`${props.testId}-ok`}>
        {props.okText}
      </Button>
    </Space>
  );
}
