// Create or change a warning rule: name, description, whom it watches (every non-churned
// customer or a saved segment), its conditions, severity and switch. Saved through
// warning.saveRule, which compiles the condition against the catalog; a refusal shows its reason.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Select, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { WARNING_SEVERITIES, type WarningRule, type WarningSeverity, type WarningTarget } from '../../../shared/contract/domains/warnings';
import type { CatalogDescription } from '../../../shared/contract/operations';
import type { FilterNode } from '../../../shared/query/ast';
import { invoke } from '../../api/client';
import { describeError } from '../../components/error-text';
import { conditionFromRows, rowComplete, rowsFromCondition, type ConditionRow } from './condition-rows';
import { conditionFields, ConditionRowsEditor } from './ConditionRowsEditor';
import type { SegmentItem } from './InboxFilters';
import { useRuleName } from './use-warning-labels';

export interface RuleEditorModalProps {
  /** undefined: closed; null: a new rule. */
  rule: WarningRule | null | undefined;
  catalog: CatalogDescription | undefined;
  segments: readonly SegmentItem[];
  onClose: () => void;
  onSaved: (rule: WarningRule) => void;
}

interface Draft {
  name: string;
  description: string;
  target: WarningTarget;
  rows: ConditionRow[] | null;
  /** A condition the rows cannot show (OR / NOT), kept as stored. */
  fixed: FilterNode | null;
  severity: WarningSeverity;
  enabled: boolean;
}

export function RuleEditorModal({ rule, catalog, segments, onClose, onSaved }: RuleEditorModalProps) {
  const { t } = useTranslation('warnings');
  const { t: tApp } = useTranslation();
  const ruleName = useRuleName();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fields = useMemo(() => conditionFields(catalog?.fields ?? []), [catalog]);

  useEffect(() => {
    setProblem(null);
    if (rule === undefined) return setDraft(null);
    if (rule === null) {
      return setDraft({
        name: '',
        description: '',
        target: { kind: 'all' },
        rows: [{ key: 'first', field: 'health_score', op: '<' }],
        fixed: null,
        severity: 'medium',
        enabled: true,
      });
    }
    const rows = rowsFromCondition(rule.condition);
    setDraft({
      name: ruleName(rule),
      description: rule.description,
      target: rule.target,
      rows,
      fixed: rows === null ? rule.condition : null,
      severity: rule.severity,
      enabled: rule.enabled,
    });
  }, [rule, ruleName]);

  if (!draft) return null;
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  const save = async () => {
    if (!draft.name.trim()) return setProblem(t('editor.nameRequired'));
    if (draft.target.kind === 'segment' && !draft.target.segmentId) return setProblem(t('editor.segmentRequired'));
    if (draft.rows !== null && draft.rows.length === 0) return setProblem(t('editor.noConditions'));
    if (draft.rows !== null && !draft.rows.every(rowComplete)) return setProblem(t('editor.incomplete'));
    const condition = draft.rows !== null ? conditionFromRows(draft.rows) : draft.fixed;
    if (!condition) return setProblem(t('editor.noConditions'));
    setSaving(true);
    setProblem(null);
    try {
      const saved = await invoke('warning.saveRule', {
        ...(rule ? { id: rule.id } : {}),
        name: draft.name.trim(),
        description: draft.description,
        target: draft.target,
        condition,
        severity: draft.severity,
        enabled: draft.enabled,
      });
      onSaved(saved);
    } catch (error) {
      setProblem(describeError(error, tApp).summary);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={rule ? t('editor.titleEdit') : t('editor.titleNew')}
      okText={t('editor.save')}
      cancelText={t('cancel')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      data-testid="rule-editor"
    >
      <Form layout="vertical" requiredMark={false}>
        <Form.Item label={t('editor.name')} required style={{ marginBottom: 12 }}>
          <Input value={draft.name} maxLength={120} onChange={(e) => set({ name: e.target.value })} data-testid="rule-name" />
        </Form.Item>
        <Form.Item label={t('editor.description')} style={{ marginBottom: 12 }}>
          <Input.TextArea value={draft.description} rows={2} maxLength={2000} onChange={(e) => set({ description: e.target.value })} data-testid="rule-description" />
        </Form.Item>
        <Form.Item label={t('editor.target')} style={{ marginBottom: 12 }}>
          <Radio.Group
            value={draft.target.kind}
            onChange={(e) => set({ target: e.target.value === 'all' ? { kind: 'all' } : { kind: 'segment', segmentId: segments[0]?.id ?? 0 } })}
            data-testid="rule-target"
          >
            <Radio value="all">{t('editor.targetAll')}</Radio>
            <Radio value="segment" disabled={segments.length === 0}>
              {t('editor.targetSegment')}
            </Radio>
          </Radio.Group>
          {draft.target.kind === 'segment' ? (
            <Select
              showSearch
              optionFilterProp="label"
              aria-label={t('editor.segment')}
              value={draft.target.segmentId || undefined}
              onChange={(segmentId: number) => set({ target: { kind: 'segment', segmentId } })}
              options={segments.map((s) => ({ value: s.id, label: s.name }))}
              style={{ width: 240, marginLeft: 8 }}
              data-testid="rule-segment"
            />
          ) : null}
        </Form.Item>
        <Form.Item label={t('editor.conditions')} extra={t('editor.thresholdHint')} style={{ marginBottom: 12 }}>
          {draft.rows !== null ? (
            <ConditionRowsEditor rows={draft.rows} onChange={(rows) => set({ rows })} fields={fields} />
          ) : (
            <Typography.Text type="secondary" data-testid="rule-complex">
              {t('editor.complex')}
            </Typography.Text>
          )}
        </Form.Item>
        <div style={{ display: 'flex', gap: 24 }}>
          <Form.Item label={t('editor.severity')} style={{ marginBottom: 0 }}>
            <Radio.Group
              optionType="button"
              value={draft.severity}
              onChange={(e) => set({ severity: e.target.value as WarningSeverity })}
              options={WARNING_SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
              data-testid="rule-severity"
            />
          </Form.Item>
          <Form.Item label={t('editor.enabled')} style={{ marginBottom: 0 }}>
            <Switch checked={draft.enabled} onChange={(enabled) => set({ enabled })} data-testid="rule-enabled" />
          </Form.Item>
        </div>
      </Form>
      {problem ? <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} data-testid="rule-problem" /> : null}
    </Modal>
  );
}
