// How a value picker changes its condition: a patch, and a gesture key so that typing into one
// box is one undo step rather than one per keystroke.
import type { ConditionPatch } from './draft';

export type PatchCondition = (patch: ConditionPatch, gesture?: string) => void;
