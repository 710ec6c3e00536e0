// Health score configuration (PRODUCT.md §5/§6): indicators, methods, thresholds, weights and
// tier cut-offs, edited with a live preview against the saved version; saved as numbered
// versions; weights can be suggested from history; "Refresh scores" applies it.
import { useMemo, useState } from 'react';
import { App, Button, Card, Col, Row, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { BulbOutlined, PlusOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { HealthConfig } from '../../../shared/scoring/health-config';
import { formatDate } from '../../../shared/i18n/format';
import { useOperation } from '../../api/use-operation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NoDataState } from '../../components/NoDataState';
import { useLocale } from '../../i18n/use-locale';
import { useDebounced } from '../../components/use-debounced';
import { GroupWeights, TierCutoffs } from './GroupWeights';
import { addIndicator, configProblem, sameConfig } from './health-draft';
import { IndicatorTable } from './IndicatorTable';
import { PreviewPanel } from './PreviewPanel';
import { RefreshScoresButton } from '../../components/RefreshScoresButton';
import { LatestChurnSkipNote } from '../../components/ChurnSkipNote';
import { SaveVersionModal } from './SaveVersionModal';
import { SuggestWeightsModal } from './SuggestWeightsModal';
import { useHealthPreview } from './use-health-preview';
import { useSnapshotTiers } from './use-snapshot-tiers';
import { noDataView } from './no-data';
import { NoDataNotice } from './NoDataNotice';
import { useShortcutAction } from '../../app/shortcuts';

const PREVIEW_DEBOUNCE_MS = 400;

interface Draft {
  /** The saved version the draft started from; a different loaded version discards it. */
  base: number;
  config: HealthConfig;
}

export default function HealthPage() {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  const { message } = App.useApp();
  const [version, setVersion] = useState<number | undefined>(undefined);
  const loaded = useOperation('health.getConfig', version === undefined ? {} : { version });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [refreshes, setRefreshes] = useState(0);
  const [saving, setSaving] = useState(false);
  const [suggesting, setSuggesting] = useState(false);

  const savedConfig = loaded.data?.config ?? null;
  const loadedVersion = loaded.data?.version ?? null;
  const config = draft && draft.base === loadedVersion ? draft.config : savedConfig;
  const edit = (next: HealthConfig) => {
    if (loadedVersion !== null) setDraft({ base: loadedVersion, config: next });
  };
  const dirty = config !== null && savedConfig !== null && !sameConfig(config, savedConfig);
  const problem = config ? configProblem(config) : null;
  // Ctrl/Cmd+S does what the Save button does, when it is enabled.
  useShortcutAction('save', () => setSaving(true), dirty && problem === null && !saving);
  const settled = useDebounced(config, PREVIEW_DEBOUNCE_MS);
  const preview = useHealthPreview(settled && !configProblem(settled) ? settled : null, refreshes);
  const snapshotTiers = useSnapshotTiers(refreshes);
  const noData = useMemo(() => noDataView(preview.data, t), [preview.data, t]);

  const onRefreshed = () => {
    setRefreshes((n) => n + 1);
    loaded.reload();
  };

  if (loaded.error?.code === 'NO_WORKSPACE') return <NoDataState reason="noWorkspace" />;

  const versions = loaded.data?.versions ?? [];
  const header = (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap', marginBottom: 12 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('health.title')}
      </Typography.Title>
      {loadedVersion !== null ? (
        <Select
          size="small"
          aria-label={t('health.version')}
          value={loadedVersion}
          data-testid="health-version"
          style={{ minWidth: 180 }}
          popupMatchSelectWidth={false}
          onChange={(v: number) => setVersion(v)}
          options={(versions.length ? versions : [{ version: loadedVersion, createdAt: loaded.data?.createdAt ?? '', note: null }]).map((v) => ({
            value: v.version,
            label: `${v.createdAt ? t('health.versionOption', { version: v.version, date: formatDate(v.createdAt, locale) }) : t('health.defaultVersion', { version: v.version })}${v.note ? ` · ${v.note}` : ''}`,
          }))}
        />
      ) : null}
      {dirty ? (
        <Tag color="processing" data-testid="health-dirty">
          {t('health.unsaved')}
        </Tag>
      ) : null}
      <Space style={{ marginLeft: 'auto' }} wrap>
        <Button icon={<UndoOutlined />} disabled={!dirty} onClick={() => setDraft(null)} data-testid="health-reset">
          {t('health.reset')}
        </Button>
        <Button icon={<BulbOutlined />} disabled={!config || problem !== null} onClick={() => setSuggesting(true)} data-testid="health-suggest">
          {t('health.suggest')}
        </Button>
        <Button type="primary" icon={<SaveOutlined />} disabled={!dirty || problem !== null} onClick={() => setSaving(true)} data-testid="health-save">
          {t('health.save')}
        </Button>
        <RefreshScoresButton onDone={onRefreshed} />
        <LatestChurnSkipNote generation={refreshes} />
      </Space>
    </div>
  );

  if (loaded.error && !loaded.data) {
    return (
      <div data-testid="health-page">
        {header}
        <ErrorAlert error={loaded.error} onRetry={loaded.reload} />
      </div>
    );
  }
  if (!config) {
    return (
      <div data-testid="health-page">
        {header}
        <Skeleton active paragraph={{ rows: 10 }} />
      </div>
    );
  }

  return (
    <div data-testid="health-page" data-version={loadedVersion ?? ''}>
      {header}
      <Row gutter={[12, 12]} align="top">
        <Col xs={24} xl={16}>
          <Card
            size="small"
            title={t('health.indicators')}
            extra={
              <Button size="small" icon={<PlusOutlined />} onClick={() => edit(addIndicator(config))} disabled={config.indicators.length >= 60} data-testid="health-add-indicator">
                {t('health.addIndicator')}
              </Button>
            }
          >
            <Space orientation="vertical" size={12} style={{ width: '100%' }}>
              <NoDataNotice view={noData} />
              <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap' }}>
                <GroupWeights config={config} onChange={edit} noData={noData} />
                <TierCutoffs config={config} onChange={edit} />
              </div>
              <IndicatorTable config={config} onChange={edit} noData={noData} />
            </Space>
          </Card>
        </Col>
        <Col xs={24} xl={8} style={{ position: 'sticky', top: 0 }}>
          <PreviewPanel preview={preview} config={config} problem={problem} onRefreshed={onRefreshed} snapshot={snapshotTiers.data} />
        </Col>
      </Row>
      <SaveVersionModal
        open={saving}
        config={config}
        onClose={() => setSaving(false)}
        onSaved={(v) => {
          setSaving(false);
          setDraft(null);
          setVersion(undefined);
          loaded.reload();
          void message.success(t('health.saved', { version: v }));
        }}
      />
      <SuggestWeightsModal
        open={suggesting}
        config={config}
        onClose={() => setSuggesting(false)}
        onApply={(next) => {
          edit(next);
          setSuggesting(false);
          void message.info(t('suggest.applied'));
        }}
      />
    </div>
  );
}
