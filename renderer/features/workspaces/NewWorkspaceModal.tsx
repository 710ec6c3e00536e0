// "New workspace…": a name and, optionally, data files dropped or chosen here, which the new
// workspace is built from (the workspace.createFromFiles job, with its progress and cancel). In
// a browser the host keeps it in its workspace folder under that name; in the desktop app the
// analyst then chooses where to save it in the native dialog.
import { useRef, useState, type DragEvent } from 'react';
import { Alert, Button, Form, Input, List, Modal, Space, Typography, theme } from 'antd';
import { DeleteOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { acceptedExtensions } from '../../../shared/import/file-kinds';
import { checkWorkspaceName, WORKSPACE_EXTENSION, WORKSPACE_NAME_MAX } from '../../../shared/domain/workspace-name';
import { invoke } from '../../api/client';
import { useJob } from '../../api/use-job';
import { asAppError } from '../../api/use-operation';
import { localFilesSupported } from '../../api/local-files';
import { describeError } from '../../components/error-text';
import { JobProgress } from '../../components/JobProgress';
import { formatFileSize } from './file-size';
import { showOpenedWorkspace } from './switch-workspace';
import { chooseLocalFiles, chosenFromFiles, importFilesOf, type ChosenFile } from './workspace-files';

export interface NewWorkspaceModalProps {
  open: boolean;
  onClose: () => void;
}

export function NewWorkspaceModal({ open, onClose }: NewWorkspaceModalProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const desktop = localFilesSupported();
  const [name, setName] = useState('');
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const named = useJob('workspace.createNamedFromFiles');
  const atPath = useJob('workspace.createFromFiles');
  const job = desktop ? atPath : named;

  const check = checkWorkspaceName(name);
  const nameError =
    check.problem === null ? null : t(`reasons.workspaceName${check.problem}`, { ns: 'jobs', max: WORKSPACE_NAME_MAX, name: check.name, character: check.character ?? '' });
  const working = busy !== null || job.running;

  const add = (more: ChosenFile[]) => setFiles((list) => [...list, ...more]);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    add(chosenFromFiles(Array.from(event.dataTransfer.files)));
  };

  const create = async () => {
    setTouched(true);
    setError(null);
    if (check.problem !== null) return;
    try {
      let path: string | null = null;
      if (desktop) {
        path = (await invoke('workspace.pickNew', { suggestedName: check.name })).path;
        if (path === null) return;
      }
      if (files.length === 0) {
        setBusy(t('workspaces.building'));
        if (path === null) await invoke('workspace.create', { name: check.name });
        else await invoke('workspace.open', { path, create: true });
        showOpenedWorkspace();
        return;
      }
      const importFiles = await importFilesOf(files, (file) => setBusy(t('workspaces.uploading', { file })));
      setBusy(null);
      const made = path === null ? await named.start({ name: check.name, files: importFiles }) : await atPath.start({ path, files: importFiles });
      if (made) showOpenedWorkspace();
    } catch (e) {
      setError(asAppError(e));
    } finally {
      setBusy(null);
    }
  };

  const failure = error ?? job.error;
  const shownError = failure ? describeError(failure, t) : null;
  return (
    <Modal
      open={open}
      title={t('workspaces.newTitle')}
      onCancel={working ? undefined : onClose}
      closable={!working}
      maskClosable={false}
      width={560}
      okText={t('workspaces.create')}
      cancelText={t('workspaces.cancel')}
      onOk={() => void create()}
      okButtonProps={{ loading: working, ...{ 'data-testid': 'new-workspace-create' } }}
      cancelButtonProps={{ disabled: working }}
      destroyOnHidden
    >
      <Form layout="vertical" onFinish={() => void create()} data-testid="new-workspace-form">
        <Form.Item
          label={t('workspaces.name')}
          validateStatus={touched && nameError ? 'error' : undefined}
          help={
            touched && nameError ? nameError : desktop ? t('workspaces.nameHintDesktop') : t('workspaces.nameHintFolder', { file: `${check.name || '…'}${WORKSPACE_EXTENSION}` })
          }
        >
          <Input
            autoFocus
            value={name}
            maxLength={WORKSPACE_NAME_MAX + 8}
            placeholder={t('workspaces.namePlaceholder')}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => setTouched(name !== '')}
            disabled={working}
            data-testid="new-workspace-name"
          />
        </Form.Item>
        <Form.Item label={t('workspaces.files')} style={{ marginBottom: 8 }}>
          <div
            data-drop-zone
            data-testid="new-workspace-drop"
            role="button"
            tabIndex={0}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            onClick={() => (desktop ? void chooseLocalFiles().then(add, (e: unknown) => setError(asAppError(e))) : input.current?.click())}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') input.current?.click();
            }}
            style={{
              border: `1px dashed ${dragging ? token.colorPrimary : token.colorBorder}`,
              background: dragging ? token.colorPrimaryBg : token.colorFillAlter,
              borderRadius: token.borderRadiusLG,
              padding: '12px 16px',
              textAlign: 'center',
              cursor: 'pointer',
            }}
          >
            <InboxOutlined style={{ fontSize: 24, color: token.colorPrimary }} />
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12 }}>
              {t('workspaces.filesHint')}
            </Typography.Paragraph>
            <input
              ref={input}
              type="file"
              multiple
              // The attribute alone loses to the reset's display rule: the native button would show in English.
              style={{ display: 'none' }}
              accept={acceptedExtensions.join(',')}
              data-testid="new-workspace-file-input"
              onChange={(e) => {
                add(chosenFromFiles(Array.from(e.target.files ?? [])));
                e.target.value = '';
              }}
            />
          </div>
        </Form.Item>
        {files.length > 0 ? (
          <List
            size="small"
            dataSource={files}
            data-testid="new-workspace-files"
            renderItem={(f) => (
              <List.Item
                actions={[
                  <Button
                    key="remove"
                    type="text"
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('workspaces.removeFile')}
                    disabled={working}
                    onClick={() => setFiles((list) => list.filter((x) => x.key !== f.key))}
                  />,
                ]}
              >
                <Space size={12}>
                  <Typography.Text ellipsis={{ tooltip: f.name }} style={{ maxWidth: 380 }}>
                    {f.name}
                  </Typography.Text>
                  <Typography.Text type="secondary">{formatFileSize(f.size)}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        ) : null}
        <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
          {busy ? <Typography.Text type="secondary">{busy}</Typography.Text> : null}
          {job.running ? (
            <JobProgress title={t('workspaces.building')} progress={job.progress} onCancel={job.cancel} cancelling={job.cancelling} testId="new-workspace-progress" />
          ) : null}
          {shownError ? (
            <Alert type="error" showIcon title={shownError.summary} description={shownError.detail} data-testid="new-workspace-error" data-code={shownError.code} />
          ) : null}
        </Space>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
