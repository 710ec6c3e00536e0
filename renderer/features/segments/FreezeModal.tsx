// "Freeze as list": today's members of a saved segment (or of the editor's unsaved rule) stored
// as a static list under a new name, run as a job with progress and cancel.
import { useEffect, useMemo } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SegmentSource } from '../../../shared/contract/domains/segments';
import type { Segment, SegmentColor } from '../../../shared/segments/definition';
import { useJob } from '../../api/use-job';
import { JobProgress } from '../../components/JobProgress';
import { SegmentMetaModal } from './SegmentMetaModal';

export interface FreezeModalProps {
  open: boolean;
  source: SegmentSource | null;
  /** The frozen list's suggested name and colour. */
  baseName: string;
  color: SegmentColor;
  tags: readonly string[];
  knownTags: readonly string[];
  onDone: (list: Segment) => void;
  onCancel: () => void;
}

export function FreezeModal({ open, source, baseName, color, tags, knownTags, onDone, onCancel }: FreezeModalProps) {
  const { t } = useTranslation('segment-lists');
  const job = useJob('segment.freeze');
  const { reset } = job;
  useEffect(() => {
    if (open) reset();
  }, [open, reset]);
  // Dated, so this month's freeze does not collide with last month's.
  const initial = useMemo(() => ({ name: `${baseName} ${new Date().toISOString().slice(0, 10)}`.slice(0, 80), description: '', tags: [...tags], color }), [baseName, tags, color]);

  return (
    <SegmentMetaModal
      open={open}
      title={t('meta.freezeTitle')}
      initial={initial}
      knownTags={knownTags}
      busy={job.running}
      error={job.error}
      okText={t('editor.freeze')}
      okDisabled={source === null}
      testId="segment-freeze-modal"
      intro={<Typography.Text type="secondary">{t('meta.freezeHint')}</Typography.Text>}
      onSubmit={(meta) => {
        if (!source) return;
        void job.start({ ...meta, source }).then((list) => {
          if (list) onDone(list);
        });
      }}
      onCancel={() => {
        if (job.running) job.cancel();
        onCancel();
      }}
    >
      {job.running ? <JobProgress title={t('freeze.running')} progress={job.progress} onCancel={job.cancel} cancelling={job.cancelling} testId="segment-freeze-progress" /> : null}
    </SegmentMetaModal>
  );
}
