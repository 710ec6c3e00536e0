// What every part of the canvas needs (the state, the catalog fields, labels, which condition is
// unfinished) without threading it through each nested group's props.
import { createContext, useContext } from 'react';
import type { RefusedReason } from './draft';
import type { CatalogField } from './palette-model';
import type { BuilderState } from './use-builder-state';

export interface BuilderContextValue {
  readonly state: BuilderState;
  readonly fields: ReadonlyMap<string, CatalogField>;
  readonly fieldLabel: (id: string) => string;
  /** An enum code's (or a saved segment id's) label. */
  readonly valueLabel: (field: string, code: string) => string;
  /** "Top level", "Group 1" … by group id, in reading order. */
  readonly groupNames: ReadonlyMap<string, string>;
  /** The group new conditions from the palette go into (keyboard path). */
  readonly targetGroup: string;
  readonly setTargetGroup: (id: string) => void;
  readonly refused: (reason: RefusedReason | null) => void;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error('useBuilder outside SegmentBuilder');
  return value;
}
