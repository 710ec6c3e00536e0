// Indicator names: the default indicators have words of their own (回复时长, Reply time);
// any other indicator is named by the feature it scores.
import { useTranslation } from 'react-i18next';
import { scoringZhCN } from '../../shared/i18n/messages/scoring.zh-CN';
import { featureLabel } from './labels';
import { useLocale } from './use-locale';

type KnownIndicator = keyof typeof scoringZhCN.health.indicatorNames;

function isKnown(id: string): id is KnownIndicator {
  return Object.prototype.hasOwnProperty.call(scoringZhCN.health.indicatorNames, id);
}

export function useIndicatorLabel(): (indicator: { id: string; feature?: string }) => string {
  const { t } = useTranslation('scoring');
  const locale = useLocale();
  return (indicator) => {
    if (isKnown(indicator.id)) return t(`health.indicatorNames.${indicator.id}`);
    return featureLabel(indicator.feature ?? indicator.id, locale);
  };
}
