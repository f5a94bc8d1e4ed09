import { addDays } from './dayNumber';
import { deadline } from './deadline';
import { praticaState } from './praticaState';
import { romeDate } from './romeDate';
import { INTEGRATION_MAX_DAYS, PREAVVISO_DAYS } from './suspensionsOf';
import type { TimelineLang, TimelineWords } from './timelineWords';
import { timelineWords } from './timelineWords';
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
  /** The language of its words (always set by `timeline()`; absent means Italian). */
  lang?: TimelineLang;
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
 * Every state of the pratica with its date, in Italian (or English, `lang`), as of `now`, for
 * the citizen's case page: what happened, who is responsible now, what the citizen must do and
 * by when.
 */
export function timeline(
  pratica: Pratica,
  calendar: Calendar,
  now: Moment,
  lang: TimelineLang = 'it',
): Timeline {
  const words = timelineWords(lang);
  const clock = deadline(pratica, calendar, now);
  const [first, ...rest] = pratica.events;
  const events = [first, ...rest.filter((e) => romeDate(e.at) <= clock.asOf)] as const;
  const state = praticaState(events);
  const entries = eventEntries(pratica, events, words);

  const missed = !pratica.silenzioAssenso && clock.asOf > clock.dueDate;
  if (missed && (clock.endedOn === null || clock.endedOn > clock.dueDate)) {
    const lapsed = words.termLapsed(
      clock.dueDate,
      pratica.substitute ?? null,
      clock.substituteDueDate ?? clock.dueDate,
    );
    insert(entries, addDays(clock.dueDate, 1), lapsed, words);
  }
  if (clock.statusReason === 'silenzio-assenso' && clock.endedOn !== null) {
    entries.push({
      date: clock.endedOn,
      status: 'ended_by_positive_outcome',
      statusLabel: words.acceptedBySilenceLabel,
      ...words.acceptedBySilence(clock.dueDate),
      by: null,
    });
  }

  const action = citizenAction(state, clock.asOf, words);
  return {
    lang,
    entries,
    status: clock.status,
    statusLabel:
      clock.statusReason === 'silenzio-assenso' ? words.acceptedBySilenceLabel : words.status[clock.status],
    responsible: responsible(pratica, clock, state.inCharge ? state.responsible : null, words),
    citizenAction: action?.text ?? null,
    citizenActionDueBy: action?.dueBy ?? null,
    answerDueBy: clock.endedOn !== null ? null : clock.overdue ? clock.substituteDueDate : clock.dueDate,
    deadline: clock,
  };
}

function eventEntries(
  pratica: Pratica,
  events: readonly [PraticaEvent, ...PraticaEvent[]],
  words: TimelineWords,
): TimelineEntry[] {
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
    const text = words.events[e.type](e, ctx);
    return { date: romeDate(e.at), status, statusLabel: words.status[status], ...text, by: e.by };
  });
}

// A derived entry goes before the events of its own day: the term lapses at midnight.
function insert(
  entries: TimelineEntry[],
  date: IsoDate,
  text: { title: string; detail: string },
  words: TimelineWords,
): void {
  const at = entries.findIndex((e) => e.date >= date);
  const index = at < 0 ? entries.length : at;
  const before = entries[index - 1];
  const status = before?.status ?? 'presented';
  entries.splice(index, 0, { date, status, statusLabel: words.status[status], ...text, by: null });
}

function responsible(
  pratica: Pratica,
  clock: Deadline,
  name: string | null,
  words: TimelineWords,
): Responsible {
  if (clock.endedOn !== null) return { role: 'none', name: null, label: words.noOneResponsible };
  if (clock.overdue) {
    const who = pratica.substitute ?? null;
    return { role: 'substitute', name: who, label: words.substituteResponsible(who) };
  }
  if (name === null) return { role: 'office', name: null, label: words.officeResponsible };
  return { role: 'responsabile', name, label: words.responsabile(name) };
}

function citizenAction(
  state: ReturnType<typeof praticaState>,
  asOf: IsoDate,
  words: TimelineWords,
): { text: string; dueBy: IsoDate } | undefined {
  if (state.ended) return undefined;
  const request = state.pendingIntegration;
  if (state.status === 'integration_requested' && request) {
    const dueBy = request.dueBy ?? addDays(romeDate(request.at), INTEGRATION_MAX_DAYS);
    return { text: words.sendIntegration(request.reason ?? null), dueBy };
  }
  const p = state.lastPreavviso;
  if (state.status === 'refusal_notice' && p && !state.observations) {
    const dueBy = addDays(romeDate(p.at), PREAVVISO_DAYS);
    if (asOf <= dueBy) {
      return { text: words.mayObserve, dueBy };
    }
  }
  return undefined;
}
