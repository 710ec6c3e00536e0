// Act of the PDCA review: what was learnt and what comes next (saved with campaign.save, which
// keeps a launched campaign's plan and groups), and "repeat on the new warning list".
import { useEffect, useState } from 'react';
import { Button, Col, Input, Row, Space, Typography, message } from 'antd';
import { RedoOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/contract/domains/campaigns';
import type { AppError } from '../../../shared/contract/errors';
import { invoke } from '../../api/client';
import { asAppError } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { campaignWrite } from './campaign-write';

export interface ReviewActProps {
  campaign: Campaign;
  onSaved: () => void;
  onRepeat: () => void;
}

export function ReviewAct({ campaign, onSaved, onRepeat }: ReviewActProps) {
  const { t } = useTranslation('campaigns');
  const [notes, setNotes] = useState(campaign.notes);
  const [nextSteps, setNextSteps] = useState(campaign.nextSteps);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    setNotes(campaign.notes);
    setNextSteps(campaign.nextSteps);
  }, [campaign.id, campaign.notes, campaign.nextSteps]);

  const dirty = notes !== campaign.notes || nextSteps !== campaign.nextSteps;
  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await invoke('campaign.save', campaignWrite(campaign, { notes, nextSteps }));
      void message.success(t('common.saved'));
      onSaved();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Row gutter={12}>
        <Col xs={24} lg={12}>
          <Typography.Text strong>{t('act.notes')}</Typography.Text>
          <Input.TextArea rows={3} maxLength={8000} value={notes} placeholder={t('act.notesPlaceholder')} onChange={(e) => setNotes(e.target.value)} data-testid="act-notes" />
        </Col>
        <Col xs={24} lg={12}>
          <Typography.Text strong>{t('act.nextSteps')}</Typography.Text>
          <Input.TextArea
            rows={3}
            maxLength={8000}
            value={nextSteps}
            placeholder={t('act.nextStepsPlaceholder')}
            onChange={(e) => setNextSteps(e.target.value)}
            data-testid="act-next-steps"
          />
        </Col>
      </Row>
      <Space>
        <Button type="primary" icon={<SaveOutlined />} onClick={() => void save()} loading={saving} disabled={!dirty} data-testid="act-save">
          {t('act.save')}
        </Button>
        <Button icon={<RedoOutlined />} onClick={onRepeat} data-testid="act-repeat">
          {t('act.repeat')}
        </Button>
      </Space>
      {error ? <ErrorAlert error={error} title={t('common.saveFailed')} /> : null}
    </Space>
  );
}
