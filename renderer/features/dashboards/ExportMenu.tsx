// The toolbar's 导出 / Export dropdown (Excel workbook, PDF — Ctrl/Cmd+E opens the Excel one — and
// the dashboard file, so the toolbar fits one row at 1366 px in both languages) and
// the 月度报告 / Monthly report button. Both are buttons, so Tab and Enter reach them.
import { useState } from 'react';
import { Button, Dropdown, Tooltip } from 'antd';
import { DownloadOutlined, DownOutlined, ExportOutlined, FileExcelOutlined, FilePdfOutlined, FileTextOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ExportDocumentFormat } from '../../../shared/contract/domains/exports';

export interface ExportMenuProps {
  readonly onExport: (format: ExportDocumentFormat) => void;
  readonly onMonthlyReport: () => void;
  /** Save as dashboard file (*.churndash). */
  readonly onSaveFile: () => void;
  /** 'Ctrl+' or '⌘', as the toolbar shows shortcuts. */
  readonly mod: string;
}

export function ExportMenu({ onExport, onMonthlyReport, onSaveFile, mod }: ExportMenuProps) {
  const { t } = useTranslation(['export-page', 'dashboard-page']);
  // The tooltip would cover the opened menu: it stays shut while the menu is open.
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <>
      <Dropdown
        trigger={['click']}
        onOpenChange={setMenuOpen}
        menu={{
          items: [
            { key: 'xlsx', icon: <FileExcelOutlined />, label: t('menu.xlsx'), extra: `${mod}E`, 'data-testid': 'dashboard-export-xlsx' },
            { key: 'pdf', icon: <FilePdfOutlined />, label: t('menu.pdf'), 'data-testid': 'dashboard-export-pdf' },
            { type: 'divider' },
            { key: 'churndash', icon: <DownloadOutlined />, label: t('dashboard-page:actions.saveFile'), 'data-testid': 'dashboard-save-file' },
          ],
          onClick: ({ key }) => (key === 'churndash' ? onSaveFile() : onExport(key as ExportDocumentFormat)),
        }}
      >
        <Tooltip title={t('menu.tooltip', { shortcut: `${mod}E` })} open={menuOpen ? false : undefined}>
          <Button icon={<ExportOutlined />} data-testid="dashboard-export">
            {t('menu.button')} <DownOutlined />
          </Button>
        </Tooltip>
      </Dropdown>
      <Tooltip title={t('menu.monthlyTooltip')}>
        <Button icon={<FileTextOutlined />} onClick={onMonthlyReport} data-testid="dashboard-monthly-report">
          {t('menu.monthly')}
        </Button>
      </Tooltip>
    </>
  );
}
