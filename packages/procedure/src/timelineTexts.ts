import { addDays } from './dayNumber';
import { formatDateIt } from './formatDateIt';
import { romeDate } from './romeDate';
import { PREAVVISO_DAYS } from './suspensionsOf';
import type { PositiveReason, PraticaEvent, PraticaStatus } from './types';

/** Italian labels of the states, for the citizen's case page and the staff inbox. */
export const STATUS_LABELS: Record<PraticaStatus, string> = {
  presented: 'Presentata',
  in_charge: 'Presa in carico',
  integration_requested: 'Integrazione richiesta',
  integrated: 'Integrata',
  refusal_notice: 'Preavviso di rigetto',
  ended_by_positive_outcome: 'Conclusa con esito positivo',
  ended_by_negative_outcome: 'Conclusa con esito negativo',
  ended_by_submitter_cancel_requested: 'Ritirata dal richiedente',
};

/** The label of a positive outcome reached by silence (art. 20), not by a decision. */
export const ACCEPTED_BY_SILENCE_LABEL = 'Accolta per silenzio-assenso';

/** The label of a state, telling an acceptance by silence apart from a decision. */
export function statusLabel(status: PraticaStatus, reason: PositiveReason | null): string {
  return reason === 'silenzio-assenso' ? ACCEPTED_BY_SILENCE_LABEL : STATUS_LABELS[status];
}

/** What the timeline needs to know beyond the event itself. */
export interface TextContext {
  termDays: number;
  /** Whether this integration request is the first, the only one that suspends. */
  firstIntegration: boolean;
  /** Whether these observations came within the 10 days of the preavviso. */
  timelyObservations: boolean;
  /** Whether this answer ends the integration suspension (first request, within 30 days). */
  resumesClock: boolean;
}

type Text = (e: PraticaEvent, ctx: TextContext) => { title: string; detail: string };

const withReason = (text: string, e: PraticaEvent): string =>
  e.reason ? `${text} Motivo: ${e.reason}` : text;

/** The Italian title and explanation of each event type, with the article of law behind it. */
export const EVENT_TEXTS: Record<PraticaEvent['type'], Text> = {
  presented: (_e, ctx) => ({
    title: 'Istanza presentata e protocollata',
    detail: `Il termine di ${ctx.termDays} giorni per concludere decorre dal giorno successivo (art. 2 L. 241/1990).`,
  }),
  'taken-in-charge': (e) => ({
    title: 'Pratica presa in carico',
    detail: `Responsabile del procedimento: ${e.by}.`,
  }),
  'integration-requested': (e, ctx) => ({
    title: 'Richiesta di integrazione',
    detail: withReason(
      ctx.firstIntegration
        ? 'Il termine è sospeso fino alla risposta, per non più di 30 giorni (art. 2 c. 7 L. 241/1990).'
        : 'Questa richiesta non sospende il termine: la sospensione è ammessa una sola volta (art. 2 c. 7).',
      e,
    ),
  }),
  integrated: (_e, ctx) => ({
    title: 'Integrazione presentata',
    detail: ctx.resumesClock ? 'Il termine riprende a decorrere.' : 'La documentazione è agli atti.',
  }),
  preavviso: (e) => ({
    title: 'Preavviso di rigetto',
    detail: withReason(
      `Entro il ${formatDateIt(addDays(romeDate(e.at), PREAVVISO_DAYS))} puoi presentare osservazioni scritte. ` +
        'Il termine è sospeso (art. 10-bis L. 241/1990).',
      e,
    ),
  }),
  observations: (e, ctx) => ({
    title: 'Osservazioni presentate',
    detail: ctx.timelyObservations
      ? `Il termine riprende a decorrere dal ${formatDateIt(addDays(romeDate(e.at), PREAVVISO_DAYS + 1))}.`
      : 'Presentate oltre i 10 giorni: il termine non resta sospeso.',
  }),
  concluded: (e) => ({
    title: e.type === 'concluded' && e.outcome === 'negative' ? 'Esito negativo' : 'Esito positivo',
    detail: withReason('Il procedimento è concluso con provvedimento espresso.', e),
  }),
  withdrawn: (e) => ({
    title: 'Istanza ritirata',
    detail: withReason('Il richiedente ha ritirato l’istanza.', e),
  }),
  'substitute-requested': (e) => ({
    title: 'Chiesto l’intervento del titolare del potere sostitutivo',
    detail: withReason(
      'Il termine è scaduto: il titolare del potere sostitutivo deve concludere entro la metà del termine originario, da oggi (art. 2 c. 9-ter L. 241/1990).',
      e,
    ),
  }),
  reassigned: (e) => ({
    title: 'Pratica riassegnata',
    detail: withReason(`Nuovo responsabile: ${e.type === 'reassigned' ? e.to : e.by}.`, e),
  }),
};
