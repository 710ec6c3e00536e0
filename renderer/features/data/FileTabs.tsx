// One tab per staged file, with its upload/recognition state; closing a tab removes the file.
import type { ReactNode } from 'react';
import { Tabs, Tooltip } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { tierColors } from '../../../shared/domain/tiers';
import type { StagedFile } from './staged-files';

export interface FileTabsProps {
  files: readonly StagedFile[];
  activeId: string | null;
  onSelect: (id: string) => void;
  onRemove: (id: string) => void;
  extra?: ReactNode;
}

function StageIcon({ file }: { file: StagedFile }) {
  const { t } = useTranslation('data');
  switch (file.stage) {
    case 'uploading': {
      const percent = file.size > 0 ? Math.floor((file.uploadedBytes / file.size) * 100) : 0;
      return (
        <Tooltip title={t('files.uploading', { percent })}>
          <LoadingOutlined aria-label={t('files.uploading', { percent })} />
        </Tooltip>
      );
    }
    case 'previewing':
      return <LoadingOutlined aria-label={t('files.previewing')} />;
    case 'ready':
      return <CheckCircleFilled style={{ color: tierColors.healthy }} aria-label={t('files.ready')} />;
    case 'failed':
      return <CloseCircleFilled style={{ color: tierColors.atRisk }} aria-label={t('files.failed')} />;
  }
}

export function FileTabs({ files, activeId, onSelect, onRemove, extra }: FileTabsProps) {
  return (
    <Tabs
      data-testid="file-tabs"
      type="editable-card"
      hideAdd
      size="small"
      activeKey={activeId ?? undefined}
      onChange={onSelect}
      onEdit={(key, action) => {
        if (action === 'remove' && typeof key === 'string') onRemove(key);
      }}
      tabBarExtraContent={extra}
      tabBarStyle={{ marginBottom: 0 }}
      items={files.map((file) => ({
        key: file.id,
        label: (
          <span data-testid="file-tab" data-stage={file.stage} data-file={file.name} style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
            <StageIcon file={file} />
            <span style={{ maxWidth: 260, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={file.name}>
              {file.name}
            </span>
          </span>
        ),
        closable: true,
      }))}
    />
  );
}
