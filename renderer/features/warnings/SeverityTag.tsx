// A warning's severity in the tier palette: high reads as at-risk red, medium as watch amber,
// low as healthy green, the same colours the charts and the grid give the tiers.
import { useTranslation } from 'react-i18next';
import type { WarningSeverity } from '../../../shared/contract/domains/warnings';
import type { Tier } from '../../../shared/domain/tiers';
import { TierTag } from '../../components/TierTag';

const SEVERITY_TIER: Record<WarningSeverity, Tier> = { high: 'atRisk', medium: 'watch', low: 'healthy' };

export function SeverityTag({ severity }: { severity: WarningSeverity }) {
  const { t } = useTranslation('warnings');
  return (
    <span data-severity={severity}>
      <TierTag tier={SEVERITY_TIER[severity]}>{t(`severity.${severity}`)}</TierTag>
    </span>
  );
}
