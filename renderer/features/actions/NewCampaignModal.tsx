// The New-campaign dialog: audience, name, playbook (its cost prefilled), owner, dates, follow-up
// window, control share, stratification, the recorded seed and the success metric, with the live
// plan (sizes and minimum detectable effect) beside them. "Save draft" stores it; "Draw groups &
// launch" stores it and runs campaign.assign as a job.
import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Space, Switch } from 'antd';
import { ReloadOutlined, RocketOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { OUTCOME_METRICS, type Campaign, type CampaignAudience, type Playbook } from '../../../shared/contract/domains/campaigns';
import type { AppError } from '../../../shared/contract/errors';
import { invoke } from '../../api/client';
import { useJob } from '../../api/use-job';
import { asAppError, useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { JobProgress } from '../../components/JobProgress';
import { useDebounced } from '../../components/use-debounced';
import { useLocale } from '../../i18n/use-locale';
import { AudienceSummary } from './AudienceSummary';
import { draftFrom, draftProblems, randomSeed, toWrite, type CampaignDraft } from './campaign-draft';
import { PlanPreview } from './PlanPreview';
import { useCampaignPlan } from './use-campaign-plan';
import { playbookName } from './shared-words';

export interface CampaignDialogRequest {
  /** Null: the analyst picks a segment. */
  audience: CampaignAudience | null;
  /** Editing this draft, or repeating this campaign (`repeat`). */
  template: Campaign | null;
  repeat: boolean;
}

export interface NewCampaignModalProps {
  request: CampaignDialogRequest | null;
  playbooks: readonly Playbook[];
  onClose: () => void;
  /** Saved as a draft or launched: the page opens its review. */
  onDone: (campaign: Campaign) => void;
}

export function NewCampaignModal({ request, playbooks, onClose, onDone }: NewCampaignModalProps) {
  const { t } = useTranslation('campaigns');
  const { t: tc } = useTranslation('campaign-words');
  const locale = useLocale();
  const assign = useJob('campaign.assign');
  const segments = useOperation('segment.list', {});
  const [draft, setDraft] = useState<CampaignDraft>(() => draftFrom(null, '', false));
  const [audience, setAudience] = useState<CampaignAudience | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<AppError | null>(null);
  const [touched, setTouched] = useState(false);
  const editId = request && !request.repeat ? request.template?.id : undefined;

  const { reset } = assign;
  useEffect(() => {
    if (!request) return;
    reset();
    setSaveError(null);
    setTouched(false);
    setAudience(request.audience);
    setDraft(draftFrom(request.template, t('form.defaultName', { date: dayjs().format('YYYY-MM-DD') }), request.repeat));
  }, [request, reset, t]);

  const set = <K extends keyof CampaignDraft>(key: K, value: CampaignDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const planInput = useMemo(
    () =>
      audience
        ? { audience, controlShare: draft.controlPercent / 100, stratify: draft.stratify ? ('tier' as const) : ('none' as const), outcomeMetric: draft.outcomeMetric }
        : null,
    [audience, draft.controlPercent, draft.stratify, draft.outcomeMetric],
  );
  const settled = useDebounced(planInput, 300);
  const plan = useCampaignPlan(settled);

  const problems = draftProblems(draft, audience);
  const busy = saving || assign.running;

  const save = async (launch: boolean) => {
    setTouched(true);
    if (!audience || problems.length > 0 || busy) return;
    setSaving(true);
    setSaveError(null);
    let saved: Campaign;
    try {
      saved = await invoke('campaign.save', toWrite(draft, audience, editId));
    } catch (e) {
      setSaveError(asAppError(e));
      return;
    } finally {
      setSaving(false);
    }
    if (!launch) {
      onDone(saved);
      return;
    }
    const result = await assign.start({ id: saved.id });
    if (result) onDone(result.campaign);
  };

  const close = () => {
    if (assign.running) assign.cancel();
    onClose();
  };

  const title = request?.repeat ? t('form.repeatTitle') : editId ? t('form.editTitle') : t('form.newTitle');
  const segmentPicker = !request?.audience || request.audience.kind === 'segment';
  return (
    <Modal
      open={request !== null}
      title={title}
      width={860}
      // Near the top: the whole form, the plan and the buttons fit a 768-pixel-high window.
      style={{ top: 20 }}
      onCancel={close}
      destroyOnHidden
      maskClosable={false}
      data-testid="campaign-dialog"
      footer={
        <Space>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button onClick={() => void save(false)} disabled={busy} data-testid="campaign-save-draft">
            {t('form.saveDraft')}
          </Button>
          <Button type="primary" icon={<RocketOutlined />} onClick={() => void save(true)} loading={busy} data-testid="campaign-launch">
            {t('form.launch')}
          </Button>
        </Space>
      }
    >
      <Form layout="vertical" size="small" requiredMark={false}>
        <Form.Item label={t('audience.title')} validateStatus={touched && !audience ? 'error' : undefined}>
          {segmentPicker ? (
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('audience.pickSegment')}
              value={audience?.kind === 'segment' ? audience.segmentId : undefined}
              onChange={(id: number) => setAudience({ kind: 'segment', segmentId: id })}
              options={(segments.data?.segments ?? []).map((s) => ({ value: s.id, label: s.name }))}
              data-testid="campaign-segment"
            />
          ) : (
            <AudienceSummary audience={audience} />
          )}
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              label={t('form.name')}
              validateStatus={touched && problems.includes('name') ? 'error' : undefined}
              help={touched && problems.includes('name') ? t('form.nameRequired') : undefined}
            >
              <Input value={draft.name} maxLength={120} onChange={(e) => set('name', e.target.value)} data-testid="campaign-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item label={t('form.playbook')}>
              <Select
                allowClear
                placeholder={t('form.pickPlaybook')}
                value={draft.playbookId ?? undefined}
                onChange={(id: number | undefined) => {
                  const p = playbooks.find((x) => x.id === id);
                  setDraft((d) => ({ ...d, playbookId: id ?? null, costPerContact: p ? p.costPerContact : d.costPerContact }));
                }}
                options={playbooks.map((p) => ({ value: p.id, label: `${playbookName(p, locale)} · ${tc(`channels.${p.channel}`)}` }))}
                data-testid="campaign-playbook"
              />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item label={t('form.owner')}>
              <Input value={draft.owner} maxLength={200} onChange={(e) => set('owner', e.target.value)} data-testid="campaign-owner" />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item label={t('form.dates')} validateStatus={touched && problems.includes('dates') ? 'error' : undefined}>
              <DatePicker.RangePicker
                style={{ width: '100%' }}
                value={[draft.startDate ? dayjs(draft.startDate) : null, draft.endDate ? dayjs(draft.endDate) : null]}
                onChange={(range) => setDraft((d) => ({ ...d, startDate: range?.[0]?.format('YYYY-MM-DD') ?? '', endDate: range?.[1]?.format('YYYY-MM-DD') ?? '' }))}
                data-testid="campaign-dates"
              />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label={t('form.followUp')}>
              <InputNumber
                min={1}
                max={3650}
                value={draft.followUpDays}
                onChange={(v) => set('followUpDays', v ?? 90)}
                style={{ width: '100%' }}
                data-testid="campaign-follow-up"
              />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item label={t('form.cost')}>
              <InputNumber min={0} max={1e9} value={draft.costPerContact} onChange={(v) => set('costPerContact', v ?? 0)} style={{ width: '100%' }} data-testid="campaign-cost" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={5}>
            <Form.Item label={t('form.controlShare')}>
              <InputNumber
                min={1}
                max={90}
                suffix="%"
                value={draft.controlPercent}
                onChange={(v) => set('controlPercent', v ?? 20)}
                style={{ width: '100%' }}
                data-testid="campaign-control-share"
              />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item label={t('form.stratify')}>
              <Switch checked={draft.stratify} onChange={(v) => set('stratify', v)} data-testid="campaign-stratify" />
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item label={t('form.seed')} tooltip={t('form.seedHelp')}>
              <Space.Compact style={{ width: '100%' }}>
                <InputNumber
                  min={0}
                  max={2 ** 31 - 1}
                  precision={0}
                  value={draft.seed}
                  onChange={(v) => set('seed', v ?? 0)}
                  style={{ width: '100%' }}
                  data-testid="campaign-seed"
                />
                <Button icon={<ReloadOutlined />} onClick={() => set('seed', randomSeed())} aria-label={t('form.newSeed')} />
              </Space.Compact>
            </Form.Item>
          </Col>
          <Col span={7}>
            <Form.Item label={t('form.metric')} tooltip={t(`metricHelp.${draft.outcomeMetric}`)}>
              <Select
                value={draft.outcomeMetric}
                onChange={(v) => set('outcomeMetric', v)}
                options={OUTCOME_METRICS.map((m) => ({ value: m, label: t(`metrics.${m}`) }))}
                data-testid="campaign-metric"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('form.hypothesis')}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={4000}
            value={draft.hypothesis}
            placeholder={t('form.hypothesisPlaceholder')}
            onChange={(e) => set('hypothesis', e.target.value)}
            data-testid="campaign-hypothesis"
          />
        </Form.Item>
      </Form>
      {audience ? <PlanPreview plan={plan.data} error={plan.error} loading={plan.loading} /> : null}
      {assign.running ? (
        <JobProgress title={t('form.launching')} progress={assign.progress} onCancel={assign.cancel} cancelling={assign.cancelling} testId="campaign-assign-progress" />
      ) : null}
      {saveError ? <ErrorAlert error={saveError} title={t('common.saveFailed')} /> : null}
      {assign.error ? <ErrorAlert error={assign.error} title={t('form.launchFailed')} /> : null}
      {touched && problems.includes('dates') ? <Alert type="error" showIcon title={t('form.datesRequired')} /> : null}
    </Modal>
  );
}
