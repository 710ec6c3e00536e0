// A member's frozen risk tier (stored as text) as a Tier for the tier palette, or null.
import { tierColors, type Tier } from '../../../shared/domain/tiers';

export function tierOf(text: string | null): Tier | null {
  const tiers = Object.keys(tierColors) as Tier[];
  return tiers.find((tier) => tier === text) ?? null;
}
