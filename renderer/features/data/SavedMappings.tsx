// Saved mappings: apply one by hand (those matching the headers are applied automatically by the
// host, see PreviewTable.savedMapping) and "save mapping as…" for next month's file.
import { useState } from 'react';
import { App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SavedMapping } from '../../../shared/contract/domains/import';
import { invoke } from '../../api/client';
import { describeError } from '../../components/error-text';
import { formatTimestamp } from './labels';
import { applySaved, toSavedTable, type MappingDraft } from './mapping-draft';

export interface SavedMappingsProps {
  fileName: string;
  drafts: readonly MappingDraft[];
  saved: readonly SavedMapping[];
  onApply: (drafts: MappingDraft[]) => void;
  onSaved: () => void;
}

function defaultName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).slice(0, 100);
}

export function SavedMappings({ fileName, drafts, saved, onApply, onSaved }: SavedMappingsProps) {
  const { t } = useTranslation('data');
  const { t: tCommon } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);

  const apply = (mappingName: string) => {
    const mapping = saved.find((m) => m.name === mappingName);
    if (!mapping) return;
    let matched = 0;
    const next = drafts.map((d) => {
      const applied = applySaved(d, mapping);
      if (applied) matched++;
      return applied ?? d;
    });
    if (matched === 0) {
      void message.warning(t('mapping.notApplicable', { name: mappingName }));
      return;
    }
    onApply(next);
    void message.success(t('mapping.applied', { name: mappingName }));
  };

  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed || drafts.length === 0) return;
    setSaving(true);
    try {
      await invoke('mapping.save', { name: trimmed, tables: drafts.map(toSavedTable) });
      void message.success(t('mapping.savedOk', { name: trimmed }));
      setOpen(false);
      onSaved();
    } catch (error) {
      const text = describeError(error, tCommon);
      void message.error(`${t('errors.saveFailed')}: ${text.detail}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Space size={8}>
      <Select
        size="small"
        style={{ width: 200 }}
        data-testid="saved-mappings"
        aria-label={t('mapping.applySaved')}
        placeholder={saved.length > 0 ? t('mapping.applySaved') : t('mapping.savedNone')}
        disabled={saved.length === 0 || drafts.length === 0}
        value={null}
        onChange={(value: string | null) => {
          if (value) apply(value);
        }}
        options={saved.map((m) => ({
          value: m.name,
          label: (
            <span title={m.tables.flatMap((x) => x.columns).join(', ')}>
              {m.name}
              {m.updatedAt ? (
                <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                  {formatTimestamp(m.updatedAt)}
                </Typography.Text>
              ) : null}
            </span>
          ),
        }))}
      />
      <Button
        size="small"
        icon={<SaveOutlined />}
        disabled={drafts.length === 0}
        data-testid="mapping-save-as"
        onClick={() => {
          setName(drafts[0]?.savedName ?? defaultName(fileName));
          setOpen(true);
        }}
      >
        {t('mapping.saveAs')}
      </Button>
      <Modal
        open={open}
        title={t('mapping.saveTitle')}
        okText={t('mapping.saveOk')}
        onOk={() => void save()}
        confirmLoading={saving}
        okButtonProps={{ disabled: !name.trim() }}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form layout="vertical" onFinish={() => void save()}>
          <Form.Item label={t('mapping.saveName')} extra={t('mapping.saveNameHint')} style={{ marginBottom: 0 }}>
            <Input autoFocus maxLength={100} value={name} onChange={(e) => setName(e.target.value)} data-testid="mapping-save-name" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
