import { deadline } from './deadline';
import { isIsoDate } from './dayNumber';
import { formatDateIt } from './formatDateIt';
import { praticaState } from './praticaState';
import { compareMoments, isMoment, romeDate } from './romeDate';
import type { ApplyEventError, ApplyEventErrorCode } from './transitionRules';
import { TRANSITION_RULES } from './transitionRules';
import type { Calendar, Pratica, PraticaEvent, Result } from './types';

const refuse = (code: ApplyEventErrorCode, message: string): Result<Pratica, ApplyEventError> => ({
  ok: false,
  error: { code, message },
});

/**
 * Records an event on a pratica if the law allows it, returning the new pratica.
 * Refused: anything after a conclusion or an acceptance by silence, events dated before
 * the previous one, a conclusion without taking charge, a request to the substitute before
 * the term has passed, a negative outcome without a
 * preavviso whose 10 days (or the observations) have passed, and the rules in
 * `TRANSITION_RULES`. The calendar is needed to know when silenzio-assenso formed.
 */
export function applyEvent(
  pratica: Pratica,
  event: PraticaEvent,
  calendar: Calendar,
): Result<Pratica, ApplyEventError> {
  const shape = checkShape(event);
  if (shape) return { ok: false, error: shape };
  const state = praticaState(pratica.events);
  if (state.ended) {
    return refuse('already_ended', 'La pratica è già conclusa: non sono ammessi altri eventi.');
  }
  if (compareMoments(event.at, state.last.at) < 0) {
    return refuse(
      'event_before_previous',
      `L'evento non può essere anteriore all'ultimo registrato (${formatDateIt(romeDate(state.last.at))}).`,
    );
  }
  if (pratica.silenzioAssenso) {
    const clock = deadline(pratica, calendar, event.at);
    if (clock.statusReason === 'silenzio-assenso' && clock.endedOn !== null) {
      return refuse(
        'accepted_by_silence',
        `La pratica è stata accolta per silenzio-assenso il ${formatDateIt(clock.endedOn)} (art. 20 L. 241/1990).`,
      );
    }
  }
  const refusal = TRANSITION_RULES[event.type](state, event);
  if (refusal) return { ok: false, error: refusal };
  if (event.type === 'substitute-requested') {
    const clock = deadline(pratica, calendar, event.at);
    if (!clock.overdue) {
      return refuse(
        'term_not_expired',
        `Il termine scade il ${formatDateIt(clock.dueDate)}: il titolare del potere sostitutivo si può chiedere solo dopo (art. 2 c. 9-ter L. 241/1990).`,
      );
    }
  }
  return { ok: true, value: { ...pratica, events: [...pratica.events, event] } };
}

// Callers may come from JSON: the types alone do not guarantee these.
function checkShape(event: PraticaEvent): ApplyEventError | undefined {
  if (!Object.hasOwn(TRANSITION_RULES, event.type)) {
    return { code: 'invalid_event', message: `Tipo di evento sconosciuto: ${String(event.type)}.` };
  }
  if (!isMoment(event.at)) {
    return { code: 'invalid_date', message: "La data dell'evento non è valida." };
  }
  if (event.dueBy !== undefined && !isIsoDate(event.dueBy)) {
    return { code: 'invalid_date', message: 'La data entro cui rispondere non è valida (AAAA-MM-GG).' };
  }
  if (event.type === 'concluded' && event.outcome !== 'positive' && event.outcome !== 'negative') {
    return { code: 'invalid_event', message: "L'esito deve essere «positive» o «negative»." };
  }
  if (event.type === 'reassigned' && !event.to?.trim()) {
    return { code: 'invalid_event', message: 'Manca il nuovo responsabile della pratica.' };
  }
  return undefined;
}
