import { addDays } from './dayNumber';
import { deadline } from './deadline';
import { formatDateIt } from './formatDateIt';
import { praticaState } from './praticaState';
import { romeDate } from './romeDate';
import { INTEGRATION_MAX_DAYS, PREAVVISO_DAYS } from './suspensionsOf';
import { EVENT_TEXTS, STATUS_LABELS, statusLabel } from './timelineTexts';
import type { Calendar, Deadline, IsoDate, Moment, Pratica, PraticaEvent, PraticaStatus } from './types';

/** One line of the case page: what happened, when, and the state it led to. */
export interface TimelineEntry {
  date: IsoDate;
  status: PraticaStatus;
  statusLabel: string;
  title: string;
  detail: string;
  by: string | null;
}

/** Who answers for the pratica now. */
export interface Responsible {
  role: 'office' | 'responsabile' | 'substitute' | 'none';
  name: string | null;
  label: string;
}

/** The case page: the history, and where things stand now. */
export interface Timeline {
  entries: TimelineEntry[];
  status: PraticaStatus;
  statusLabel: string;
  responsible: Responsible;
  /** What the citizen must (or may) do now, if anything, and by when. */
  citizenAction: string | null;
  citizenActionDueBy: IsoDate | null;
  /** By when the citizen is owed an answer: the due date, or the substitute's once overdue. */
  answerDueBy: IsoDate | null;
  deadline: Deadline;
}

/**
 * Every state of the pratica with its date, in Italian, as of `now`, for the citizen's
 * case page: what happened, who is responsible now, what the citizen must do and by when.
 */
export function timeline(pratica: Pratica, calendar: Calendar, now: Moment): Timeline {
  const clock = deadline(pratica, calendar, now);
  const [first, ...rest] = pratica.events;
  const events = [first, ...rest.filter((e) => romeDate(e.at) <= clock.asOf)] as const;
  const state = praticaState(events);
  const entries = eventEntries(pratica, events);

  const missed = !pratica.silenzioAssenso && clock.asOf > clock.dueDate;
  if (missed && (clock.endedOn === null || clock.endedOn > clock.dueDate)) {
    const substitute = pratica.substitute ? ` (${pratica.substitute})` : '';
    insert(entries, addDays(clock.dueDate, 1), {
      title: 'Termine scaduto',
      detail:
        `Il termine è scaduto il ${formatDateIt(clock.dueDate)} senza provvedimento: il titolare del potere ` +
        `sostitutivo${substitute} deve concludere entro il ${formatDateIt(clock.substituteDueDate ?? clock.dueDate)} ` +
        '(art. 2 c. 9-bis e 9-ter L. 241/1990).',
    });
  }
  if (clock.statusReason === 'silenzio-assenso' && clock.endedOn !== null) {
    entries.push({
      date: clock.endedOn,
      status: 'ended_by_positive_outcome',
      statusLabel: statusLabel('ended_by_positive_outcome', 'silenzio-assenso'),
      title: 'Accolta per silenzio-assenso',
      detail: `Nessun provvedimento entro il ${formatDateIt(clock.dueDate)}: l'istanza è accolta (art. 20 L. 241/1990).`,
      by: null,
    });
  }

  const action = citizenAction(state, clock.asOf);
  return {
    entries,
    status: clock.status,
    statusLabel: statusLabel(clock.status, clock.statusReason),
    responsible: responsible(pratica, clock, state.inCharge ? state.responsible : null),
    citizenAction: action?.text ?? null,
    citizenActionDueBy: action?.dueBy ?? null,
    answerDueBy: clock.endedOn !== null ? null : clock.overdue ? clock.substituteDueDate : clock.dueDate,
    deadline: clock,
  };
}

function eventEntries(pratica: Pratica, events: readonly [PraticaEvent, ...PraticaEvent[]]): TimelineEntry[] {
  return events.map((e, i) => {
    const upTo = events.slice(0, i + 1) as unknown as readonly [PraticaEvent, ...PraticaEvent[]];
    const { status } = praticaState(upTo);
    const firstRequest = events.findIndex((x) => x.type === 'integration-requested');
    const firstIntegration = firstRequest === i;
    const firstAnswer = events.findIndex((x, j) => j > firstRequest && x.type === 'integrated');
    const request = events[firstRequest];
    const resumesClock =
      firstAnswer === i &&
      request !== undefined &&
      romeDate(e.at) < addDays(romeDate(request.at), INTEGRATION_MAX_DAYS);
    const preavviso = upTo.findLast((x) => x.type === 'preavviso');
    const timelyObservations =
      preavviso !== undefined && romeDate(e.at) <= addDays(romeDate(preavviso.at), PREAVVISO_DAYS);
    const ctx = { termDays: pratica.termDays, firstIntegration, timelyObservations, resumesClock };
    const text = EVENT_TEXTS[e.type](e, ctx);
    return { date: romeDate(e.at), status, statusLabel: STATUS_LABELS[status], ...text, by: e.by };
  });
}

// A derived entry goes before the events of its own day: the term lapses at midnight.
function insert(entries: TimelineEntry[], date: IsoDate, text: { title: string; detail: string }): void {
  const at = entries.findIndex((e) => e.date >= date);
  const index = at < 0 ? entries.length : at;
  const before = entries[index - 1];
  const status = before?.status ?? 'presented';
  entries.splice(index, 0, { date, status, statusLabel: STATUS_LABELS[status], ...text, by: null });
}

function responsible(pratica: Pratica, clock: Deadline, name: string | null): Responsible {
  if (clock.endedOn !== null) return { role: 'none', name: null, label: 'Nessuno: la pratica è conclusa.' };
  if (clock.overdue) {
    const who = pratica.substitute ?? null;
    return {
      role: 'substitute',
      name: who,
      label: `Titolare del potere sostitutivo${who ? `: ${who}` : ''}`,
    };
  }
  if (name === null) {
    return { role: 'office', name: null, label: 'Ufficio competente (pratica non ancora presa in carico)' };
  }
  return { role: 'responsabile', name, label: `Responsabile del procedimento: ${name}` };
}

function citizenAction(
  state: ReturnType<typeof praticaState>,
  asOf: IsoDate,
): { text: string; dueBy: IsoDate } | undefined {
  if (state.ended) return undefined;
  const request = state.pendingIntegration;
  if (state.status === 'integration_requested' && request) {
    const dueBy = request.dueBy ?? addDays(romeDate(request.at), INTEGRATION_MAX_DAYS);
    const what = request.reason ? `: ${request.reason}` : '';
    return { text: `Invia le integrazioni richieste${what}`, dueBy };
  }
  const p = state.lastPreavviso;
  if (state.status === 'refusal_notice' && p && !state.observations) {
    const dueBy = addDays(romeDate(p.at), PREAVVISO_DAYS);
    if (asOf <= dueBy) {
      return {
        text: 'Puoi presentare osservazioni scritte, eventualmente con documenti (art. 10-bis)',
        dueBy,
      };
    }
  }
  return undefined;
}
