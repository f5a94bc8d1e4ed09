import { addDays } from './dayNumber';
import { formatDateIt } from './formatDateIt';
import type { PraticaState } from './praticaState';
import { romeDate } from './romeDate';
import { INTEGRATION_MAX_DAYS, PREAVVISO_DAYS } from './suspensionsOf';
import type { PraticaEvent } from './types';

/** Why `applyEvent` refuses an event. */
export type ApplyEventErrorCode =
  | 'invalid_event'
  | 'invalid_date'
  | 'already_presented'
  | 'already_ended'
  | 'accepted_by_silence'
  | 'event_before_previous'
  | 'already_in_charge'
  | 'not_in_charge'
  | 'integration_pending'
  | 'no_integration_pending'
  | 'preavviso_window_open'
  | 'preavviso_required'
  | 'no_preavviso'
  | 'observations_already_received'
  | 'motivation_required'
  | 'term_not_expired'
  | 'substitute_already_requested';

export interface ApplyEventError {
  code: ApplyEventErrorCode;
  message: string;
}

type Rule = (state: PraticaState, event: PraticaEvent) => ApplyEventError | undefined;

const err = (code: ApplyEventErrorCode, message: string): ApplyEventError => ({ code, message });

const notInCharge: Rule = (state) =>
  state.inCharge ? undefined : err('not_in_charge', 'La pratica non è ancora stata presa in carico.');

/** The last day of the 10 days for observations after the latest preavviso. */
function windowEnd(state: PraticaState): string | undefined {
  return state.lastPreavviso ? addDays(romeDate(state.lastPreavviso.at), PREAVVISO_DAYS) : undefined;
}

// While the citizen may still answer a preavviso, the office must wait for them.
const windowOpen: Rule = (state, event) => {
  const end = windowEnd(state);
  if (end === undefined || state.observations || state.status !== 'refusal_notice') return undefined;
  if (romeDate(event.at) > end) return undefined;
  return err(
    'preavviso_window_open',
    `Il richiedente può presentare osservazioni fino al ${formatDateIt(end)} (art. 10-bis L. 241/1990).`,
  );
};

/**
 * The lawful transitions, one rule per event type: each returns the refusal, if any.
 * Checks common to all events (order, conclusion, silence) live in `applyEvent`.
 */
export const TRANSITION_RULES: Record<PraticaEvent['type'], Rule> = {
  presented: () => err('already_presented', 'La pratica è già stata presentata.'),

  'taken-in-charge': (state) =>
    state.inCharge
      ? err('already_in_charge', `La pratica è già in carico a ${state.responsible ?? 'un responsabile'}.`)
      : undefined,

  'integration-requested': (state, event) =>
    state.pendingIntegration
      ? err('integration_pending', 'C’è già una richiesta di integrazione in attesa di risposta.')
      : windowOpen(state, event),

  integrated: (state) =>
    state.pendingIntegration
      ? undefined
      : err('no_integration_pending', 'Non c’è alcuna richiesta di integrazione in attesa di risposta.'),

  preavviso: (state, event) => {
    if (!state.pendingIntegration) return undefined;
    // The citizen keeps the time given to integrate (at most the 30 days of art. 2 c. 7).
    const request = state.pendingIntegration;
    const until = request.dueBy ?? addDays(romeDate(request.at), INTEGRATION_MAX_DAYS);
    return romeDate(event.at) < until
      ? err(
          'integration_pending',
          `La richiesta di integrazione attende risposta fino al ${formatDateIt(until)}: il preavviso di rigetto può seguire solo dopo.`,
        )
      : undefined;
  },

  observations: (state) => {
    if (state.status !== 'refusal_notice' || !state.lastPreavviso) {
      return err('no_preavviso', 'Non c’è alcun preavviso di rigetto a cui rispondere con osservazioni.');
    }
    return state.observations
      ? err(
          'observations_already_received',
          'Le osservazioni a questo preavviso di rigetto sono già state presentate.',
        )
      : undefined;
  },

  concluded: (state, event) => {
    const refusal = notInCharge(state, event);
    if (refusal) return refusal;
    if (!event.reason?.trim()) {
      return err('motivation_required', 'Il provvedimento finale deve essere motivato (art. 3 L. 241/1990).');
    }
    if (event.type !== 'concluded' || event.outcome !== 'negative') return undefined;
    if (!state.lastPreavviso) {
      return err(
        'preavviso_required',
        'Prima di un esito negativo va inviato il preavviso di rigetto (art. 10-bis L. 241/1990).',
      );
    }
    return windowOpen(state, event);
  },

  withdrawn: () => undefined,

  reassigned: () => undefined,

  // Whether the term has passed needs the clock: `applyEvent` checks it.
  'substitute-requested': (state) =>
    state.substituteRequest
      ? err(
          'substitute_already_requested',
          'L’intervento del titolare del potere sostitutivo è già stato chiesto.',
        )
      : undefined,
};
