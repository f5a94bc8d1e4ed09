import type { ActionType, PraticaStatus } from './BackofficeApi';

/**
 * What staff may do in each state, as the memory api and the stories assume (the server's
 * `allowedActions` is the truth in production). Ended pratiche take no action.
 */
export const ALLOWED_ACTIONS: Record<PraticaStatus, ActionType[]> = {
  presented: ['take_in_charge', 'reassign'],
  in_charge: ['request_integration', 'preavviso', 'conclude', 'reassign'],
  integration_requested: ['reassign'],
  integrated: ['request_integration', 'preavviso', 'conclude', 'reassign'],
  refusal_notice: ['conclude'],
  ended_by_positive_outcome: [],
  ended_by_negative_outcome: [],
  ended_by_submitter_cancel_requested: [],
};

/** The state an action leads to (reassign keeps the state). */
export function nextStatus(
  status: PraticaStatus,
  action: { type: ActionType; outcome?: string },
): PraticaStatus {
  switch (action.type) {
    case 'take_in_charge':
      return 'in_charge';
    case 'request_integration':
      return 'integration_requested';
    case 'preavviso':
      return 'refusal_notice';
    case 'conclude':
      return action.outcome === 'negative' ? 'ended_by_negative_outcome' : 'ended_by_positive_outcome';
    case 'reassign':
      return status;
  }
}
