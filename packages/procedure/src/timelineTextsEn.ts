import { addDays } from './dayNumber';
import { romeDate } from './romeDate';
import { PREAVVISO_DAYS } from './suspensionsOf';
import type { TextContext } from './timelineTexts';
import type { IsoDate, PraticaEvent, PraticaStatus } from './types';

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** A date in English prose: `2026-03-02` → "2 March 2026". */
export function formatDateEn(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year}`;
}

/** The states in English, with the law's Italian name where it has one. */
export const STATUS_LABELS_EN: Record<PraticaStatus, string> = {
  presented: 'Filed',
  in_charge: 'Taken in charge',
  integration_requested: 'Additional documents requested',
  integrated: 'Additional documents sent',
  refusal_notice: 'Notice of refusal (preavviso di rigetto)',
  ended_by_positive_outcome: 'Concluded: accepted',
  ended_by_negative_outcome: 'Concluded: refused',
  ended_by_submitter_cancel_requested: 'Withdrawn by the applicant',
};

/** `ACCEPTED_BY_SILENCE_LABEL` in English. */
export const ACCEPTED_BY_SILENCE_LABEL_EN = 'Accepted by silence (silenzio-assenso)';

type Text = (e: PraticaEvent, ctx: TextContext) => { title: string; detail: string };

// The reason is the office's own words, in Italian.
const withReason = (text: string, e: PraticaEvent): string =>
  e.reason ? `${text} Reason: ${e.reason}` : text;

/** `EVENT_TEXTS` in English: the same facts and articles of law. */
export const EVENT_TEXTS_EN: Record<PraticaEvent['type'], Text> = {
  presented: (_e, ctx) => ({
    title: 'Application filed and registered (protocollata)',
    detail: `The ${ctx.termDays}-day term to conclude runs from the next day (art. 2 L. 241/1990).`,
  }),
  'taken-in-charge': (e) => ({
    title: 'Application taken in charge',
    detail: `Official in charge (responsabile del procedimento): ${e.by}.`,
  }),
  'integration-requested': (e, ctx) => ({
    title: 'Additional documents requested (richiesta di integrazione)',
    detail: withReason(
      ctx.firstIntegration
        ? 'The term is suspended until you answer, for at most 30 days (art. 2 c. 7 L. 241/1990).'
        : 'This request does not suspend the term: it may be suspended only once (art. 2 c. 7).',
      e,
    ),
  }),
  integrated: (_e, ctx) => ({
    title: 'Additional documents sent',
    detail: ctx.resumesClock ? 'The term runs again.' : 'The documents are on file.',
  }),
  preavviso: (e) => ({
    title: 'Notice of refusal (preavviso di rigetto)',
    detail: withReason(
      `You may send written observations by ${formatDateEn(addDays(romeDate(e.at), PREAVVISO_DAYS))}. ` +
        'The term is suspended (art. 10-bis L. 241/1990).',
      e,
    ),
  }),
  observations: (e, ctx) => ({
    title: 'Observations sent',
    detail: ctx.timelyObservations
      ? `The term runs again from ${formatDateEn(addDays(romeDate(e.at), PREAVVISO_DAYS + 1))}.`
      : 'Sent after the 10 days: the term is not suspended.',
  }),
  concluded: (e) => ({
    title: e.type === 'concluded' && e.outcome === 'negative' ? 'Outcome: refused' : 'Outcome: accepted',
    detail: withReason('The procedure is concluded with an express decision (provvedimento espresso).', e),
  }),
  withdrawn: (e) => ({
    title: 'Application withdrawn',
    detail: withReason('The applicant withdrew the application.', e),
  }),
  'substitute-requested': (e) => ({
    title: 'Substitute official (titolare del potere sostitutivo) asked to act',
    detail: withReason(
      'The term has expired: the substitute official must conclude within half the original term, from today (art. 2 c. 9-ter L. 241/1990).',
      e,
    ),
  }),
  reassigned: (e) => ({
    title: 'Application reassigned',
    detail: withReason(`New official in charge: ${e.type === 'reassigned' ? e.to : e.by}.`, e),
  }),
};
