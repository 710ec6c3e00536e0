// While files are dragged over the window, says that letting go anywhere adds them. The drop
// itself is taken by the shell's window listener (file-intake); this only shows the hint, so it
// ignores pointer events and never swallows the drop.
import { useEffect, useState } from 'react';
import { theme } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export function DropOverlay() {
  const { t } = useTranslation('data');
  const { token } = theme.useToken();
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; a depth counter tells when the pointer
    // has really left the window.
    let depth = 0;
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setVisible(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setVisible(false);
    };
    const end = () => {
      depth = 0;
      setVisible(false);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', end);
    window.addEventListener('dragend', end);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', end);
      window.removeEventListener('dragend', end);
    };
  }, []);

  if (!visible) return null;
  return (
    <div
      aria-hidden
      data-testid="drop-overlay"
      style={{
        position: 'fixed',
        inset: 12,
        zIndex: 1000,
        pointerEvents: 'none',
        border: `2px dashed ${token.colorPrimary}`,
        borderRadius: token.borderRadiusLG,
        background: 'rgba(27, 95, 209, 0.06)',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontSize: 18,
        color: token.colorPrimary,
        gap: 12,
      }}
    >
      <InboxOutlined style={{ fontSize: 32 }} />
      {t('picker.dropOverlay')}
    </div>
  );
}
