import { formatDateIt } from './formatDateIt';
import { ACCEPTED_BY_SILENCE_LABEL, EVENT_TEXTS, STATUS_LABELS, type TextContext } from './timelineTexts';
import {
  ACCEPTED_BY_SILENCE_LABEL_EN,
  EVENT_TEXTS_EN,
  formatDateEn,
  STATUS_LABELS_EN,
} from './timelineTextsEn';
import type { IsoDate, PraticaEvent, PraticaStatus } from './types';

/** The languages of the citizen's case page: Italian, the law's, first. */
export type TimelineLang = 'it' | 'en';

type Text = { title: string; detail: string };

/** Every word `timeline()` writes, in one language. */
export interface TimelineWords {
  status: Record<PraticaStatus, string>;
  acceptedBySilenceLabel: string;
  events: Record<PraticaEvent['type'], (e: PraticaEvent, ctx: TextContext) => Text>;
  termLapsed(dueDate: IsoDate, substitute: string | null, substituteDueDate: IsoDate): Text;
  acceptedBySilence(dueDate: IsoDate): Text;
  noOneResponsible: string;
  substituteResponsible(who: string | null): string;
  officeResponsible: string;
  responsabile(name: string): string;
  sendIntegration(reason: string | null): string;
  mayObserve: string;
}

const it: TimelineWords = {
  status: STATUS_LABELS,
  acceptedBySilenceLabel: ACCEPTED_BY_SILENCE_LABEL,
  events: EVENT_TEXTS,
  termLapsed: (due, who, substituteDue) => ({
    title: 'Termine scaduto',
    detail:
      `Il termine è scaduto il ${formatDateIt(due)} senza provvedimento: il titolare del potere ` +
      `sostitutivo${who ? ` (${who})` : ''} deve concludere entro il ${formatDateIt(substituteDue)} ` +
      '(art. 2 c. 9-bis e 9-ter L. 241/1990).',
  }),
  acceptedBySilence: (due) => ({
    title: 'Accolta per silenzio-assenso',
    detail: `Nessun provvedimento entro il ${formatDateIt(due)}: l'istanza è accolta (art. 20 L. 241/1990).`,
  }),
  noOneResponsible: 'Nessuno: la pratica è conclusa.',
  substituteResponsible: (who) => `Titolare del potere sostitutivo${who ? `: ${who}` : ''}`,
  officeResponsible: 'Ufficio competente (pratica non ancora presa in carico)',
  responsabile: (name) => `Responsabile del procedimento: ${name}`,
  sendIntegration: (reason) => `Invia le integrazioni richieste${reason ? `: ${reason}` : ''}`,
  mayObserve: 'Puoi presentare osservazioni scritte, eventualmente con documenti (art. 10-bis)',
};

const en: TimelineWords = {
  status: STATUS_LABELS_EN,
  acceptedBySilenceLabel: ACCEPTED_BY_SILENCE_LABEL_EN,
  events: EVENT_TEXTS_EN,
  termLapsed: (due, who, substituteDue) => ({
    title: 'Term expired',
    detail:
      `The term expired on ${formatDateEn(due)} without a decision: the substitute official (titolare ` +
      `del potere sostitutivo)${who ? `, ${who},` : ''} must conclude by ${formatDateEn(substituteDue)} ` +
      '(art. 2 c. 9-bis and 9-ter L. 241/1990).',
  }),
  acceptedBySilence: (due) => ({
    title: 'Accepted by silence (silenzio-assenso)',
    detail: `No decision by ${formatDateEn(due)}: the application is accepted (art. 20 L. 241/1990).`,
  }),
  noOneResponsible: 'No one: the application is concluded.',
  substituteResponsible: (who) =>
    `Substitute official (titolare del potere sostitutivo)${who ? `: ${who}` : ''}`,
  officeResponsible: 'The competent office (the application is not yet taken in charge)',
  responsabile: (name) => `Official in charge (responsabile del procedimento): ${name}`,
  sendIntegration: (reason) => `Send the additional documents requested${reason ? `: ${reason}` : ''}`,
  mayObserve: 'You may send written observations, with documents if you wish (art. 10-bis)',
};

/** The case page's words in `lang`: Italian unless English is asked for. */
export const timelineWords = (lang: TimelineLang = 'it'): TimelineWords => (lang === 'en' ? en : it);
