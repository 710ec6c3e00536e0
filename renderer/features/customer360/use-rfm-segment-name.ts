// Named RFM segments in the reader's language; an unknown id (a newer engine) shows as is.
import { useTranslation } from 'react-i18next';
import { scoringZhCN } from '../../../shared/i18n/messages/scoring.zh-CN';

type Segment = keyof typeof scoringZhCN.rfmSegments;

function isKnown(id: string): id is Segment {
  return Object.prototype.hasOwnProperty.call(scoringZhCN.rfmSegments, id);
}

export function useRfmSegmentName(): (id: string | null) => string {
  const { t } = useTranslation('scoring');
  return (id) => (id === null ? '—' : isKnown(id) ? t(`rfmSegments.${id}`) : id);
}
