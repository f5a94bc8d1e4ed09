import type { PraticaEvent } from '@modulo/procedure';
import type { StoredAuditEvent } from './AuditStore';
import type { Assignment } from './PraticaStore';

/** Which pratiche of an ente a staff member sees: all (ente admin), or their offices' and their own. */
export type InboxScope = { all: true } | { all: false; offices: string[]; staffId: string };

/** The inbox's filters; dates are Rome days `YYYY-MM-DD`. */
export interface InboxQuery {
  enteId: string;
  scope: InboxScope;
  /** Any of these statuses; `open` alone means not ended; absent means every pratica. */
  statuses?: string[];
  open?: boolean;
  moduleId?: string;
  comune?: string;
  officeId?: string;
  /** Due on or after / before these days (overdue: `dueBefore` = today). */
  dueFrom?: string;
  dueBefore?: string;
  offset: number;
  limit: number;
}

/** What one inbox line needs, read in the same query as the page. */
export interface InboxRow {
  code: string;
  enteId: string;
  subject: string;
  moduleId: string;
  moduleVersion: string;
  submitter: string;
  status: string;
  protocol: { number: number; year: number; date: string; at: string; segnatura: string };
  assignment: Assignment;
  termDays: number;
  comune: string | null;
  /** The events after the filing, in order. */
  events: PraticaEvent[];
}

/** The express decisions of a procedure, aggregated (see `ProcedureFigures.decided`). */
export interface DecidedFigures {
  count: number;
  totalDays: number;
  medianDays: number | null;
  withinTerm: number;
}

/** The raw monitoring data of one procedure (module) of an ente, computed from live data. */
export interface ProcedureFigures {
  moduleId: string;
  submissions: number;
  applicants: number;
  ended: number;
  silenzioAssenso: number;
  openOverdue: number;
  /** Pratiche whose term an integration request suspended. */
  suspended: number;
  /** Submissions per month, `YYYY-MM` → count. */
  perMonth: Record<string, number>;
  /** The express decisions (`concluded` events): how many, their days from filing summed and their
   * median, and how many came on or before the filing-time due date. */
  decided: DecidedFigures;
}

/** Where the clock of a pratica stands after an event, as the inbox sorts and shows it. */
export interface ClockColumns {
  /** The due date, or null once the pratica has ended. */
  dueDate: string | null;
  suspendedUntil: string | null;
}

/** An outgoing document registered in the protocol (same gapless counter as the filings). */
export interface OutgoingProtocol {
  kind: 'integration_request' | 'preavviso' | 'decision';
  number: number;
  year: number;
  date: string;
  at: string;
  segnatura: string;
  subject: string;
  documentSha256: string;
}

/** An attachment of a message, as uploaded (hash computed by the server). */
export interface MessageAttachment {
  uploadId: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** A message between the office and the citizen on a pratica. */
export interface PraticaMessage {
  id: number;
  at: string;
  sender: 'office' | 'citizen';
  /** "staff:<id>" or "citizen:<CF>". */
  author: string;
  body: string;
  attachments: MessageAttachment[];
}

/** One event of the back office, recorded atomically with everything it changes. */
export interface RecordEventInput {
  code: string;
  event: PraticaEvent;
  status: string;
  clock: ClockColumns;
  /** Who acted, for the audit log: "staff:<id>", "citizen:<CF>", "system". */
  actor: string;
  /** A new routing (reassignment). */
  assignment?: Assignment;
  /** An outgoing document to protocol with the next number of the ente's AOO. */
  outgoing?: Pick<OutgoingProtocol, 'kind' | 'subject' | 'documentSha256'>;
  /** Uploads this event references (a final document): they become the pratica's and never expire. */
  uploadIds?: string[];
  /** Extra audit details (documents asked, motivation...). */
  audit?: Record<string, unknown>;
}

/** The back office's storage: inbox queries, events with their clock, outgoing protocol, messages, alerts. */
export interface BackofficeStore {
  /**
   * One page of the inbox, sorted by due date (soonest first, ended last), and the total; a store
   * may stop counting past 10,000 and answer 10,001 ("more than 10,000").
   */
  inbox(query: InboxQuery): Promise<{ codes: string[]; rows: InboxRow[]; total: number }>;
  /** Stores the event, status, clock, routing, outgoing protocol and audit in one transaction. */
  recordEvent(input: RecordEventInput): Promise<{ outgoing?: OutgoingProtocol }>;
  /**
   * Updates the clock (and the status, e.g. accepted by silence) without an event; `at` is when
   * an ending status took effect (kept for retention).
   */
  setClock(code: string, clock: ClockColumns, status?: string, at?: string): Promise<void>;
  clockOf(code: string): Promise<(ClockColumns & { comune: string | null }) | undefined>;
  outgoing(code: string): Promise<OutgoingProtocol[]>;
  addMessage(code: string, message: Omit<PraticaMessage, 'id'>): Promise<PraticaMessage>;
  messages(code: string): Promise<PraticaMessage[]>;
  /**
   * Records `kind` for the pratica once, with its audit event, in one transaction: true the first
   * time, false ever after (a second run, or a run after a restart).
   */
  once(
    code: string,
    kind: string,
    at: string,
    audit: { enteId: string; action: string; data?: Record<string, unknown> },
  ): Promise<boolean>;
  /** Open pratiche whose clock the scheduler must look at on `today`: due before it, or suspended. */
  clockCandidates(today: string, limit: number): Promise<string[]>;
  /** The scheduler's marker: when a job last ran. */
  lastRun(job: string): Promise<string | undefined>;
  markRun(job: string, at: string): Promise<void>;
  /** Per procedure of the ente, as of `today` (a Rome day): see `ProcedureFigures`. */
  monitoring(enteId: string, today: string): Promise<ProcedureFigures[]>;
  /** Audit events of every ente after `seq`, in order: what notifications and webhooks follow. */
  auditAfter(seq: number, limit: number): Promise<StoredAuditEvent[]>;
  /** Retention: the (ente, module) pairs that have citizen drafts. */
  draftModules(): Promise<{ enteId: string; moduleId: string }[]>;
  /**
   * Retention: deletes the module's drafts last saved at or before `cutoff` (ISO), each with a
   * `draft.purged` audit event, in one transaction; returns how many.
   */
  purgeDrafts(enteId: string, moduleId: string, cutoff: string, at: string): Promise<number>;
  /** Retention: the (ente, module) pairs with ended pratiche not yet anonymised. */
  endedModules(): Promise<{ enteId: string; moduleId: string }[]>;
  /** Retention: the module's pratiche ended at or before `endedBefore` (ISO), not yet anonymised. */
  anonymisable(enteId: string, moduleId: string, endedBefore: string, limit: number): Promise<string[]>;
  /**
   * Retention: replaces a pratica's personal data (its document, the messages, the citizen's
   * uploads) and keeps every hash and the register, with a `pratica.anonymised` audit event, in
   * one transaction; false when it was already anonymised. See docs/decisions/2026-12-02-retention.md.
   */
  anonymise(code: string, at: string): Promise<boolean>;
}
