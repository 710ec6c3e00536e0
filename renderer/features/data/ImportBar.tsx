// How to import (append / upsert / replace, in plain words), the conversion settings, and the
// Import button with the reason it is disabled, if it is.
import { Button, Checkbox, Radio, Tooltip, Typography, theme } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ConvertSettings, ImportMode } from '../../../shared/contract/domains/import';

export type ImportBlock = 'noFiles' | 'busy' | 'failed' | 'workspace' | 'readOnly' | null;

export interface ImportBarProps {
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  settings: ConvertSettings;
  onSettings: (settings: ConvertSettings) => void;
  blocked: ImportBlock;
  onStart: () => void;
}

const blockKeys = {
  noFiles: 'run.blockedNoFiles',
  busy: 'run.blockedBusy',
  failed: 'run.blockedFailed',
  workspace: 'run.blockedWorkspace',
  readOnly: 'run.blockedReadOnly',
} as const;

export function ImportBar({ mode, onMode, settings, onSettings, blocked, onStart }: ImportBarProps) {
  const { t } = useTranslation('data');
  const { token } = theme.useToken();
  const modes: ImportMode[] = ['append', 'upsert', 'replace'];
  const reason = blocked ? t(blockKeys[blocked]) : null;
  return (
    <div
      data-testid="import-bar"
      style={{
        display: 'flex',
        alignItems: 'center',
        gap: 16,
        padding: '10px 16px',
        background: token.colorBgContainer,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
      }}
    >
      <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: 6 }}>
        <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
          <Typography.Text strong id="import-mode-label" style={{ whiteSpace: 'nowrap' }}>
            {t('mode.label')}
          </Typography.Text>
          <Radio.Group
            size="small"
            optionType="button"
            buttonStyle="solid"
            aria-labelledby="import-mode-label"
            data-testid="import-mode"
            value={mode}
            onChange={(e) => onMode(e.target.value as ImportMode)}
            options={modes.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
          />
          <Typography.Text type="secondary" data-testid="import-mode-help">
            {t(`mode.${mode}Help`)}
          </Typography.Text>
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
          <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
            {t('settings.label')}
          </Typography.Text>
          <Checkbox checked={settings.dayFirst} onChange={(e) => onSettings({ ...settings, dayFirst: e.target.checked })}>
            {t('settings.dayFirst')}
          </Checkbox>
          <Checkbox checked={settings.decimalComma} onChange={(e) => onSettings({ ...settings, decimalComma: e.target.checked })}>
            {t('settings.decimalComma')}
          </Checkbox>
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 4, maxWidth: 300 }}>
        <Tooltip title={reason}>
          <Button type="primary" icon={<CloudUploadOutlined />} disabled={blocked !== null} onClick={onStart} data-testid="import-start">
            {t('run.start')}
          </Button>
        </Tooltip>
        <Typography.Text
          type={reason ? 'warning' : 'secondary'}
          style={{ fontSize: token.fontSizeSM, textAlign: 'right' }}
          data-testid="import-blocked"
          data-reason={blocked ?? ''}
        >
          {reason ?? t('run.atomic')}
        </Typography.Text>
      </div>
    </div>
  );
}
