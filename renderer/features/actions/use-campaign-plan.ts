// campaign.plan for the New-campaign dialog's settled form; nothing while no audience is chosen
// (useOperation always calls, and a plan without an audience is not a question).
import { useEffect, useState } from 'react';
import type { AppError } from '../../../shared/contract/errors';
import type { OperationInput, OperationOutput } from '../../../shared/contract/operations';
import { invoke } from '../../api/client';
import { asAppError } from '../../api/use-operation';

export interface PlanState {
  data: OperationOutput<'campaign.plan'> | undefined;
  error: AppError | undefined;
  loading: boolean;
}

export function useCampaignPlan(input: OperationInput<'campaign.plan'> | null): PlanState {
  const [state, setState] = useState<PlanState>({ data: undefined, error: undefined, loading: false });
  const key = input ? JSON.stringify(input) : null;
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    invoke('campaign.plan', JSON.parse(key) as OperationInput<'campaign.plan'>).then(
      (data) => {
        if (live) setState({ data, error: undefined, loading: false });
      },
      (e: unknown) => {
        if (live) setState({ data: undefined, error: asAppError(e), loading: false });
      },
    );
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}
