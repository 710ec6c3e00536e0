// The two inbox actions that ask something first: Assign (an owner picked from the inbox's
// owners, or a name typed) and Resolve (a note is required: the audit trail says why).
import { useEffect, useState } from 'react';
import { AutoComplete, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

export interface AssignModalProps {
  open: boolean;
  count: number;
  owners: readonly string[];
  busy: boolean;
  onOk: (assignee: string) => void;
  onCancel: () => void;
}

export function AssignModal({ open, count, owners, busy, onOk, onCancel }: AssignModalProps) {
  const { t } = useTranslation('warnings');
  const [assignee, setAssignee] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (open) {
      setAssignee('');
      setTouched(false);
    }
  }, [open]);
  const missing = assignee.trim() === '';
  return (
    <Modal
      open={open}
      title={t('assign.title', { n: count })}
      okText={t('assign.ok')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => (missing ? setTouched(true) : onOk(assignee.trim()))}
      destroyOnHidden
      data-testid="assign-modal"
    >
      <Form layout="vertical">
        <Form.Item label={t('assign.assignee')} required validateStatus={touched && missing ? 'error' : undefined} help={touched && missing ? t('assign.required') : undefined}>
          <AutoComplete
            value={assignee}
            onChange={setAssignee}
            placeholder={t('assign.placeholder')}
            options={owners.filter((o) => o !== '' && o.toLowerCase().includes(assignee.trim().toLowerCase())).map((o) => ({ value: o }))}
            data-testid="assign-input"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export interface ResolveModalProps {
  open: boolean;
  count: number;
  busy: boolean;
  onOk: (note: string) => void;
  onCancel: () => void;
}

export function ResolveModal({ open, count, busy, onOk, onCancel }: ResolveModalProps) {
  const { t } = useTranslation('warnings');
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (open) {
      setNote('');
      setTouched(false);
    }
  }, [open]);
  const missing = note.trim() === '';
  return (
    <Modal
      open={open}
      title={t('resolve.title', { n: count })}
      okText={t('resolve.ok')}
      cancelText={t('cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() => (missing ? setTouched(true) : onOk(note.trim()))}
      destroyOnHidden
      data-testid="resolve-modal"
    >
      <Form layout="vertical">
        <Form.Item label={t('resolve.note')} required validateStatus={touched && missing ? 'error' : undefined} help={touched && missing ? t('resolve.required') : undefined}>
          <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('resolve.placeholder')} rows={3} maxLength={2000} data-testid="resolve-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
