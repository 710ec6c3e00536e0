// The cover's optional logo: a button opens the file chooser (an <input type=file> kept out of
// sight, so the button is what the keyboard reaches), the picked image is previewed and can be
// removed; a file that is not a PNG/JPEG of at most 2 MB is refused with the reason.
import { useRef, useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { DeleteOutlined, PictureOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ExportLogo } from '../../../shared/contract/domains/exports';
import { logoSrc, megabytes, readLogo, type LogoRefusal } from './logo-file';

export interface LogoPickerProps {
  readonly value: ExportLogo | null;
  readonly onChange: (logo: ExportLogo | null) => void;
  readonly disabled: boolean;
  readonly testId: string;
}

export function LogoPicker({ value, onChange, disabled, testId }: LogoPickerProps) {
  const { t } = useTranslation('export-page');
  const input = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<{ reason: LogoRefusal; file: string; size: string } | null>(null);

  const picked = async (file: File | undefined) => {
    if (!file) return;
    const check = await readLogo(file);
    if (check.ok) {
      setRefusal(null);
      onChange(check.logo);
    } else setRefusal({ reason: check.reason, file: file.name, size: megabytes(file.size) });
  };

  return (
    <div data-testid={testId}>
      <Typography.Text strong>{t('logo.label')}</Typography.Text>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginTop: 4, flexWrap: 'wrap' }}>
        {value ? (
          <img
            src={logoSrc(value)}
            alt={t('logo.preview')}
            title={t('logo.preview')}
            data-testid={`${testId}-preview`}
            style={{ maxHeight: 48, maxWidth: 160, objectFit: 'contain', border: '1px solid rgba(0,0,0,0.08)', borderRadius: 4, padding: 2 }}
          />
        ) : null}
        <Space size={6}>
          <Button icon={<PictureOutlined />} onClick={() => input.current?.click()} disabled={disabled} data-testid={`${testId}-pick`}>
            {t('logo.pick')}
          </Button>
          {value ? (
            <Button icon={<DeleteOutlined />} onClick={() => onChange(null)} disabled={disabled} data-testid={`${testId}-remove`}>
              {t('logo.remove')}
            </Button>
          ) : null}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('logo.hint')}
        </Typography.Text>
      </div>
      <input
        ref={input}
        type="file"
        accept="image/png,image/jpeg"
        hidden
        tabIndex={-1}
        aria-label={t('logo.pick')}
        data-testid={`${testId}-input`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so the same file can be picked again after a removal.
          e.target.value = '';
          void picked(file);
        }}
      />
      {refusal ? (
        <Typography.Text type="danger" data-testid={`${testId}-refused`} data-reason={refusal.reason} style={{ display: 'block', marginTop: 4 }}>
          {t(`logo.${refusal.reason}`, { file: refusal.file, size: refusal.size })}
        </Typography.Text>
      ) : null}
    </div>
  );
}
