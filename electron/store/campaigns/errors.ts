// The campaign store's refusals, as codes with params (the UI words them in both languages).
import { AppError } from '../../../shared/contract/errors';

export function campaignNotFound(id: string): AppError {
  return new AppError('NOT_FOUND', `campaign ${id} does not exist`, { reason: 'campaignNotFound', params: { id } });
}

export function campaignAssigned(id: string): AppError {
  return new AppError('INVALID_INPUT', `campaign ${id} has its groups drawn`, { reason: 'campaignAssigned', params: { id } });
}

export function campaignNotAssigned(id: string): AppError {
  return new AppError('INVALID_INPUT', `campaign ${id} has no groups yet`, { reason: 'campaignNotAssigned', params: { id } });
}

export function playbookNotFound(id: number): AppError {
  return new AppError('NOT_FOUND', `playbook ${id} does not exist`, { reason: 'playbookNotFound', params: { id } });
}
