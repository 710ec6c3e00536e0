// Saves the edited configuration as a new numbered version with an optional note.
import { useState } from 'react';
import { Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import { invoke } from '../../api/client';
import { asAppError } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { AppError } from '../../../shared/contract/errors';

export interface SaveVersionModalProps {
  open: boolean;
  config: HealthConfig;
  onClose: () => void;
  onSaved: (version: number) => void;
}

export function SaveVersionModal({ open, config, onClose, onSaved }: SaveVersionModalProps) {
  const { t } = useTranslation('scoring');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const saved = await invoke('health.saveConfig', { config, note: note.trim() || undefined });
      setNote('');
      onSaved(saved.version);
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('health.saveTitle')}
      okText={t('health.save')}
      onOk={() => void save()}
      confirmLoading={saving}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'health-save-confirm' }}
    >
      <label htmlFor="health-save-note">{t('health.saveNote')}</label>
      <Input.TextArea
        id="health-save-note"
        value={note}
        maxLength={500}
        rows={2}
        placeholder={t('health.saveNotePlaceholder')}
        onChange={(e) => setNote(e.target.value)}
        style={{ marginTop: 4 }}
      />
      {error ? <ErrorAlert error={error} title={t('health.saveFailed')} /> : null}
    </Modal>
  );
}
