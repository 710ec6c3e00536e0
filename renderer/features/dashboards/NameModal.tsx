// Asks a dashboard's name (saving a template, rename, duplicate); a name already taken is shown
// under the field, translated, and the modal stays open.
import { useEffect, useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { DASHBOARD_NAME_MAX } from '../../../shared/dashboards/dashboard';
import { describeError } from '../../components/error-text';

export interface NameModalProps {
  readonly open: boolean;
  readonly initial: string;
  readonly onOk: (name: string) => Promise<void>;
  readonly onCancel: () => void;
}

export function NameModal({ open, initial, onOk, onCancel }: NameModalProps) {
  const { t } = useTranslation('dashboard-page');
  const { t: tAll } = useTranslation();
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (open) {
      setName(initial);
      setError(null);
    }
  }, [open, initial]);
  const submit = () => {
    if (!name.trim()) return;
    setBusy(true);
    onOk(name.trim()).then(
      () => setBusy(false),
      (e: unknown) => {
        setBusy(false);
        setError(describeError(e, tAll).summary);
      },
    );
  };
  return (
    <Modal
      open={open}
      title={t('nameModal.title')}
      okText={t('nameModal.ok')}
      cancelText={t('nameModal.cancel')}
      onOk={submit}
      onCancel={onCancel}
      confirmLoading={busy}
      okButtonProps={{ disabled: !name.trim(), 'data-testid': 'dashboard-name-ok' }}
      destroyOnHidden
    >
      <Form layout="vertical" onFinish={submit}>
        <Form.Item validateStatus={error ? 'error' : undefined} help={error ?? undefined}>
          <Input
            autoFocus
            value={name}
            maxLength={DASHBOARD_NAME_MAX}
            placeholder={t('nameModal.placeholder')}
            onChange={(e) => setName(e.target.value)}
            onPressEnter={submit}
            data-testid="dashboard-name-input"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
