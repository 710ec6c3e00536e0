// The drop zone / file button. Files go to the page through onFiles; antd's own upload list
// and request are bypassed (LIST_IGNORE) because files travel by the host's upload route.
import { Button, Upload } from 'antd';
import { InboxOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { acceptAttribute } from './file-kinds';

export interface FilePickerProps {
  onFiles: (files: File[]) => void;
  compact?: boolean;
  disabled?: boolean;
}

/** Clicks the picker's file input (Ctrl/Cmd+O); the shortcut's keypress counts as the user gesture. */
export function openFilePicker(root: ParentNode | null): void {
  root?.querySelector<HTMLInputElement>('[data-testid="file-picker"] input[type="file"]')?.click();
}

export function FilePicker({ onFiles, compact, disabled }: FilePickerProps) {
  const { t } = useTranslation('data');
  const props = {
    multiple: true,
    accept: acceptAttribute,
    showUploadList: false,
    disabled,
    // Called once per file with the whole batch; hand the batch over once.
    beforeUpload: (file: File, batch: File[]) => {
      if (file === batch[0]) onFiles(batch);
      return Upload.LIST_IGNORE;
    },
  };
  if (compact) {
    return (
      <span data-testid="file-picker" data-drop-zone>
        <Upload {...props}>
          <Button icon={<PlusOutlined />} disabled={disabled}>
            {t('picker.addMore')}
          </Button>
        </Upload>
      </span>
    );
  }
  return (
    <div data-testid="file-picker" data-drop-zone>
      <Upload.Dragger {...props} style={{ padding: '24px 16px' }}>
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('picker.title')}</p>
        <p className="ant-upload-hint" style={{ maxWidth: 720, margin: '0 auto' }}>
          {t('picker.hint')}
        </p>
      </Upload.Dragger>
    </div>
  );
}
