// Settings that would let a refused training run, each with Apply: a shorter horizon (the form's
// own setting, then retrain) or a flag column (saved in the churn definition through
// churn.saveDefinition, label 'active', then retrain on a random split).
import { useState } from 'react';
import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import type { TrainingAdvice as Advice } from './training-advice';

export interface TrainingAdviceProps {
  advice: Advice;
  onHorizon: (days: number) => void;
  onFlag: () => void;
}

export function TrainingAdvice({ advice, onHorizon, onFlag }: TrainingAdviceProps) {
  const { t } = useTranslation('scoring');
  const [saving, setSaving] = useState(false);
  if (advice.horizon === null && advice.flag === null) return null;
  const { flag, horizon } = advice;
  const applyFlag = async (attribute: string) => {
    setSaving(true);
    try {
      const def = await invoke('churn.getDefinition', {});
      await invoke('churn.saveDefinition', { ...def, kind: 'active', active: { ...def.active, flagAttribute: attribute } });
      onFlag();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Alert
      type="info"
      showIcon
      data-testid="train-advice"
      title={t('common.suggestionsTitle')}
      description={
        <Space orientation="vertical" size={6}>
          {horizon !== null ? (
            <Space size={8} wrap>
              <span>{t('common.suggestHorizon', { horizon })}</span>
              <Button size="small" type="primary" onClick={() => onHorizon(horizon)} data-testid="train-advice-horizon">
                {t('common.applySuggestion')}
              </Button>
            </Space>
          ) : null}
          {flag !== null ? (
            <Space size={8} wrap>
              <span>{t('common.suggestFlag', { flag })}</span>
              <Button size="small" loading={saving} onClick={() => void applyFlag(flag)} data-testid="train-advice-flag">
                {t('common.applySuggestion')}
              </Button>
            </Space>
          ) : null}
        </Space>
      }
    />
  );
}
