// The churn definition the numbers on screen were computed with, for the KPI cards' help: the
// page provides it from dashboard.data's answer (absent in a dashboard file's viewer).
import { createContext, useContext } from 'react';

export const ChurnDefinitionContext = createContext<{ readonly inactivityDays: number | null }>({ inactivityDays: null });

export function useChurnInactivityDays(): number | null {
  return useContext(ChurnDefinitionContext).inactivityDays;
}
