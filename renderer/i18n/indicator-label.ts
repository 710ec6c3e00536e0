// Indicator names: the default indicators have words of their own (回复时长, Reply time);
// any other indicator is named by the feature it scores. Group names likewise.
import { useTranslation } from 'react-i18next';
import { scoringZhCN } from '../../shared/i18n/messages/scoring.zh-CN';
import { featureLabel } from './labels';
import { useLocale } from './use-locale';

type KnownIndicator = keyof typeof scoringZhCN.health.indicatorNames;
type KnownGroup = keyof typeof scoringZhCN.health.groupNames;

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

function isKnownGroup(id: string): id is KnownGroup {
  return Object.prototype.hasOwnProperty.call(scoringZhCN.health.groupNames, id);
}

/** Health group names: the default groups by `scoring:health.groupNames.<id>`, any other by its id. */
export function useHealthGroupLabel(): (id: string) => string {
  const { t } = useTranslation('scoring');
  return (id) => (isKnownGroup(id) ? t(`health.groupNames.${id}`) : id);
}
