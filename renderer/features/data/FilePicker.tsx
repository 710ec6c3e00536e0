// The drop zone / file button. Files go to the page through onFiles; antd's own upload list
// and request are bypassed (LIST_IGNORE) because files travel by the host's upload route, or in
// the desktop app by path (clicking then opens the system Open dialog through onPick).
import { Button, Upload } from 'antd';
import { InboxOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { acceptAttribute } from './file-kinds';

export interface FilePickerProps {
  onFiles: (files: File[]) => void;
  /** Desktop app: clicking opens the system Open dialog instead of the browser's file input (drops still arrive as Files). */
  onPick?: () => void;
  compact?: boolean;
  disabled?: boolean;
}

/** Clicks the picker's file input (Ctrl/Cmd+O); the shortcut's keypress counts as the user gesture. */
export function openFilePicker(root: ParentNode | null): void {
  root?.querySelector<HTMLInputElement>('[data-testid="file-picker"] input[type="file"]')?.click();
}

export function FilePicker({ onFiles, onPick, compact, disabled }: FilePickerProps) {
  const { t } = useTranslation('data');
  const props = {
    multiple: true,
    accept: acceptAttribute,
    showUploadList: false,
    disabled,
    openFileDialogOnClick: !onPick,
    // Called once per file with the whole batch; hand the batch over once.
    beforeUpload: (file: File, batch: File[]) => {
      if (file === batch[0]) onFiles(batch);
      return Upload.LIST_IGNORE;
    },
  };
  if (compact) {
    const button = (
      <Button icon={<PlusOutlined />} disabled={disabled} onClick={onPick} data-testid={onPick ? 'pick-local' : undefined}>
        {t('picker.addMore')}
      </Button>
    );
    return (
      <span data-testid="file-picker" data-drop-zone>
        {onPick ? button : <Upload {...props}>{button}</Upload>}
      </span>
    );
  }
  return (
    <div data-testid="file-picker" data-drop-zone onClick={disabled ? undefined : onPick} data-local={onPick ? 'true' : undefined}>
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
