// Add or edit a playbook: name, description, channel, cost per contact and where it applies
// (value × risk groups, churn reason types; none chosen = every one).
import { useEffect, useState } from 'react';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHANNELS, type Playbook } from '../../../shared/contract/domains/campaigns';
import { REASON_TYPE_CODES, VALUE_RISK_CODES } from '../../../shared/catalog/customer-fields';
import type { AppError } from '../../../shared/contract/errors';
import type { OperationInput } from '../../../shared/contract/operations';
import { invoke } from '../../api/client';
import { asAppError } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLocale } from '../../i18n/use-locale';
import { playbookDescription, playbookName } from './shared-words';

type PlaybookWrite = OperationInput<'playbook.save'>;

export interface PlaybookModalProps {
  /** undefined: closed; null: a new playbook. */
  playbook: Playbook | null | undefined;
  onClose: () => void;
  onSaved: () => void;
}

const EMPTY: PlaybookWrite = { name: '', description: '', channel: 'phone', costPerContact: 0, valueRisk: [], reasonTypes: [] };

export function PlaybookModal({ playbook, onClose, onSaved }: PlaybookModalProps) {
  const { t } = useTranslation('campaigns');
  const { t: tc } = useTranslation('campaign-words');
  const { t: ts } = useTranslation('scoring');
  const locale = useLocale();
  const [draft, setDraft] = useState<PlaybookWrite>(EMPTY);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    if (playbook === undefined) return;
    setError(null);
    setDraft(
      playbook === null
        ? EMPTY
        : {
            id: playbook.id,
            // A built-in keeps its translated name as the starting text of a rename.
            name: playbookName(playbook, locale),
            description: playbookDescription(playbook, locale),
            channel: playbook.channel,
            costPerContact: playbook.costPerContact,
            valueRisk: playbook.valueRisk,
            reasonTypes: playbook.reasonTypes,
          },
    );
  }, [playbook, locale]);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await invoke('playbook.save', { ...draft, name: draft.name.trim() });
      onSaved();
      onClose();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={playbook !== undefined}
      title={playbook ? t('playbooks.editTitle') : t('playbooks.addTitle')}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: draft.name.trim() === '', loading: saving, 'data-testid': 'playbook-save' }}
      destroyOnHidden
      data-testid="playbook-modal"
    >
      <Form layout="vertical" size="small">
        <Form.Item label={t('playbooks.name')}>
          <Input value={draft.name} maxLength={120} onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} data-testid="playbook-name" />
        </Form.Item>
        <Form.Item label={t('playbooks.description')}>
          <Input.TextArea rows={2} maxLength={2000} value={draft.description} onChange={(e) => setDraft((d) => ({ ...d, description: e.target.value }))} />
        </Form.Item>
        <Form.Item label={t('playbooks.channel')}>
          <Select value={draft.channel} onChange={(channel) => setDraft((d) => ({ ...d, channel }))} options={CHANNELS.map((c) => ({ value: c, label: tc(`channels.${c}`) }))} />
        </Form.Item>
        <Form.Item label={t('playbooks.cost')}>
          <InputNumber min={0} max={1e9} value={draft.costPerContact} onChange={(v) => setDraft((d) => ({ ...d, costPerContact: v ?? 0 }))} data-testid="playbook-cost" />
        </Form.Item>
        <Form.Item label={t('playbooks.valueRisk')}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t('common.unrestricted')}
            value={draft.valueRisk}
            onChange={(valueRisk) => setDraft((d) => ({ ...d, valueRisk }))}
            options={VALUE_RISK_CODES.map((c) => ({ value: c, label: ts(`valueRisk.${c}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('playbooks.reasonTypes')}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t('common.unrestricted')}
            value={draft.reasonTypes}
            onChange={(reasonTypes) => setDraft((d) => ({ ...d, reasonTypes }))}
            options={REASON_TYPE_CODES.map((c) => ({ value: c, label: ts(`reasonTypes.${c}`) }))}
          />
        </Form.Item>
      </Form>
      {error ? <ErrorAlert error={error} title={t('common.saveFailed')} /> : null}
    </Modal>
  );
}
