// Name, description, tags and colour of a segment: one form for Save, Save as…, Rename, Freeze
// as list and Import list. The caller runs the operation; a refusal (a name taken …) shows here,
// in the analyst's language, and the modal stays open to fix it.
import { useEffect, type ReactNode } from 'react';
import { Form, Input, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { SEGMENT_COLORS, SEGMENT_DESCRIPTION_MAX, SEGMENT_NAME_MAX, SEGMENT_TAG_MAX, SEGMENT_TAGS_MAX, type SegmentColor } from '../../../shared/segments/definition';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SegmentDot } from '../../components/SegmentTag';
import { useShortcutAction } from '../../app/shortcuts';

export interface SegmentMeta {
  name: string;
  description: string;
  tags: string[];
  color: SegmentColor;
}

export const emptyMeta: SegmentMeta = { name: '', description: '', tags: [], color: 'blue' };

export interface SegmentMetaModalProps {
  open: boolean;
  title: string;
  initial: SegmentMeta;
  /** Tags already used by other segments, offered as choices. */
  knownTags?: readonly string[];
  busy?: boolean;
  error?: unknown;
  okText?: string;
  /** Above the form: a hint; below it: a file picker, a progress bar … */
  intro?: ReactNode;
  children?: ReactNode;
  okDisabled?: boolean;
  testId: string;
  onSubmit: (meta: SegmentMeta) => void;
  onCancel: () => void;
}

function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const trimmed = tag.trim().slice(0, SEGMENT_TAG_MAX);
    if (trimmed) seen.add(trimmed);
  }
  return [...seen].slice(0, SEGMENT_TAGS_MAX);
}

export function SegmentMetaModal(props: SegmentMetaModalProps) {
  const { open, title, initial, knownTags = [], busy = false, error, okText, intro, children, okDisabled = false, testId, onSubmit, onCancel } = props;
  const { t } = useTranslation('segment-lists');
  const [form] = Form.useForm<SegmentMeta>();

  useEffect(() => {
    if (open) form.setFieldsValue(initial);
  }, [open, initial, form]);

  const submit = () => {
    form.validateFields().then(
      (values) => onSubmit({ name: values.name.trim(), description: (values.description ?? '').trim(), tags: cleanTags(values.tags ?? []), color: values.color }),
      () => undefined,
    );
  };
  // Ctrl/Cmd+S inside the modal confirms it (it outranks the editor's own Save while open).
  useShortcutAction('save', submit, open && !busy && !okDisabled);

  return (
    <Modal
      open={open}
      title={title}
      onOk={submit}
      onCancel={onCancel}
      okText={okText ?? t('meta.save')}
      cancelText={t('meta.cancel')}
      confirmLoading={busy}
      okButtonProps={{ disabled: okDisabled, 'data-testid': `${testId}-ok` }}
      cancelButtonProps={{ disabled: busy }}
      destroyOnHidden
      maskClosable={!busy}
      data-testid={testId}
    >
      {intro ? <div style={{ marginBottom: 12 }}>{intro}</div> : null}
      <Form form={form} layout="vertical" initialValues={initial} disabled={busy} requiredMark={false} data-testid={`${testId}-form`}>
        <Form.Item name="name" label={t('meta.name')} rules={[{ required: true, whitespace: true, message: t('meta.nameRequired') }]}>
          <Input maxLength={SEGMENT_NAME_MAX} placeholder={t('meta.namePlaceholder')} data-testid={`${testId}-name`} autoFocus onPressEnter={submit} />
        </Form.Item>
        <Form.Item name="description" label={t('meta.description')}>
          <Input.TextArea maxLength={SEGMENT_DESCRIPTION_MAX} autoSize={{ minRows: 2, maxRows: 4 }} placeholder={t('meta.descriptionPlaceholder')} />
        </Form.Item>
        <Space size={12} style={{ width: '100%' }} align="start">
          <Form.Item name="tags" label={t('meta.tags')} style={{ width: 300 }}>
            <Select
              mode="tags"
              maxCount={SEGMENT_TAGS_MAX}
              tokenSeparators={[',', '，']}
              placeholder={t('meta.tagsPlaceholder')}
              options={knownTags.map((tag) => ({ value: tag, label: tag }))}
              data-testid={`${testId}-tags`}
            />
          </Form.Item>
          <Form.Item name="color" label={t('meta.color')} style={{ width: 150 }}>
            <Select
              data-testid={`${testId}-color`}
              options={SEGMENT_COLORS.map((c) => ({
                value: c,
                label: (
                  <Space size={6}>
                    <SegmentDot color={c} />
                    {t(`meta.colors.${c}`)}
                  </Space>
                ),
              }))}
            />
          </Form.Item>
        </Space>
      </Form>
      {children}
      {error ? (
        <div style={{ marginTop: 8 }}>
          <ErrorAlert error={error} />
        </div>
      ) : null}
    </Modal>
  );
}
