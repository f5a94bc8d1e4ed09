/**
 * Shared types of the legal clock and of the life of a pratica.
 * Everything here is plain JSON-safe data: the server stores it, the UI renders it.
 */

/** An expected failure as a value; `code` is English and stable, `message` Italian for people. */
export type Result<T, E extends { code: string }> = { ok: true; value: T } | { ok: false; error: E };

/** A calendar day in Europe/Rome, `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * A moment as it comes in: either an ISO 8601 instant with an offset
 * (`2026-03-02T09:15:00Z`, `2026-03-02T10:15:00+01:00`) or a bare Rome date (`2026-03-02`).
 */
export type Moment = string;

/** The local part of the holiday calendar: the ente's (or the member Comune's) patron saint. */
export interface Calendar {
  /** The patron saint's day, `MM-DD` (e.g. Milano `12-07`, Roma `06-29`). */
  patron?: string;
  /** Shown in the holiday list; defaults to "Festa del santo patrono". */
  patronName?: string;
}

/** One holiday of a year, for the UI. */
export interface Holiday {
  date: IsoDate;
  name: string;
  kind: 'national' | 'patron';
}

/** The states of a pratica, named after AGID's SUAP `instance_status` where one fits. */
export type PraticaStatus =
  | 'presented'
  | 'in_charge'
  | 'integration_requested'
  | 'integrated'
  | 'refusal_notice'
  | 'ended_by_positive_outcome'
  | 'ended_by_negative_outcome'
  | 'ended_by_submitter_cancel_requested';

/** Why a pratica ended positively: an express decision, or silence by the term (art. 20). */
export type PositiveReason = 'decision' | 'silenzio-assenso';

interface EventBase {
  at: Moment;
  /** Who acted: the official, or the citizen (codice fiscale or name). */
  by: string;
  /** Free text: the motivation of a decision, what an integration request asks for... */
  reason?: string;
  /** The date by which the citizen is asked to act (integration request), informative only. */
  dueBy?: IsoDate;
}

/** The filing: the first event of every pratica; `at` is the protocol instant. */
export interface PresentedEvent extends EventBase {
  type: 'presented';
}

/** Event types that carry no extra data. */
export type SimpleEventType =
  | 'taken-in-charge'
  | 'integration-requested'
  | 'integrated'
  | 'preavviso'
  | 'observations'
  | 'withdrawn'
  /** The citizen asks the titolare del potere sostitutivo to act (art. 2 c. 9-ter), once the term has passed. */
  | 'substitute-requested';

export interface SimpleEvent extends EventBase {
  type: SimpleEventType;
}

/** The final decision; `reason` is the motivation, required by art. 3 L. 241/1990. */
export interface ConcludedEvent extends EventBase {
  type: 'concluded';
  outcome: 'positive' | 'negative';
}

/** A new responsabile del procedimento (or the substitute) takes over. */
export interface ReassignedEvent extends EventBase {
  type: 'reassigned';
  to: string;
}

export type PraticaEvent = PresentedEvent | SimpleEvent | ConcludedEvent | ReassignedEvent;

export type PraticaEventType = PraticaEvent['type'];

/** A case: the filing and everything after it, in order. Build it with `openPratica` and `applyEvent`. */
export interface Pratica {
  /** The procedure's term in calendar days (30 when the module sets none). */
  termDays: number;
  /** Whether silence by the due date counts as acceptance (art. 20). */
  silenzioAssenso: boolean;
  /** The titolare del potere sostitutivo, named on the case page once the term has passed. */
  substitute?: string;
  events: readonly [PresentedEvent, ...PraticaEvent[]];
}

/** What `deadline()` returns; JSON-safe, printed as is by `pnpm modulo deadline`. */
export interface Deadline {
  /** The Rome date the computation is made for. */
  asOf: IsoDate;
  filed: IsoDate;
  termDays: number;
  status: PraticaStatus;
  /** Set when the pratica ended positively: by decision or by silence. */
  statusReason: PositiveReason | null;
  /** The due date, moved to a working day; open suspensions counted to their earliest possible end. */
  dueDate: IsoDate;
  /** The due date if every open suspension lasts as long as the law allows. */
  latestDueDate: IsoDate;
  /** Days of suspension so far (up to `asOf`). */
  suspendedDays: number;
  suspendedNow: boolean;
  suspendedSince: IsoDate | null;
  /** The latest date the current suspension can end (the clock runs again the day after). */
  suspensionLatestEnd: IsoDate | null;
  /** Calendar days from `asOf` to `dueDate`, negative when overdue; null once the pratica has ended. */
  daysLeft: number | null;
  overdue: boolean;
  /** By when the substitute official must conclude (art. 2 c. 9-ter); null with silenzio-assenso or when concluded in time. */
  substituteDueDate: IsoDate | null;
  /**
   * The internal escalation alert: the missed due date plus half the term, whether or not the
   * citizen asked the substitute; null when `substituteDueDate` is.
   */
  escalationDate: IsoDate | null;
  /** The day the citizen asked the substitute to act (art. 2 c. 9-ter), if they did. */
  substituteRequestedOn: IsoDate | null;
  /** The day the pratica is (or will be) accepted by silence (art. 20); null when it does not apply. */
  silenzioAssensoDate: IsoDate | null;
  /** The day the pratica ended (decision, withdrawal or silence), if it has. */
  endedOn: IsoDate | null;
}

/** Alias kept for the CLI: a `Deadline` is already plain JSON. */
export type DeadlineJson = Deadline;
