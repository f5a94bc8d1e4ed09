import type { InferRequestType, InferResponseType } from 'hono/client';
import type { StatusCode } from 'hono/utils/http-status';
import type { createClient } from '@modulo/server/client';
import type { ApiResult } from '../api/DesignerApi';

/** The states of a pratica (packages/procedure `PraticaStatus`, AGID SUAP names). */
export type PraticaStatus =
  | 'presented'
  | 'in_charge'
  | 'integration_requested'
  | 'integrated'
  | 'refusal_notice'
  | 'ended_by_positive_outcome'
  | 'ended_by_negative_outcome'
  | 'ended_by_submitter_cancel_requested';

/** The actions staff take on a pratica (`POST …/actions` `type`). */
export type ActionType = 'take_in_charge' | 'request_integration' | 'preavviso' | 'conclude' | 'reassign';

export const ACTION_TYPES: readonly ActionType[] = [
  'take_in_charge',
  'request_integration',
  'preavviso',
  'conclude',
  'reassign',
];

type Client = ReturnType<typeof createClient>;
type Bo = Client['api']['backoffice'];
/** The JSON body a route of the typed client answers with `status` (its CSV variant left out). */
type Json<F extends (...args: never[]) => unknown, S extends StatusCode = 200> = Exclude<
  InferResponseType<F, S>,
  Response | string
>;

/** The server's `BackofficePratica` as its schema types it (`status: string`, `timeline: unknown`). */
type ServerPratica = Json<Bo['pratiche'][':code']['$get']>;
/** The server's `InboxItem`. */
type ServerInboxItem = Json<Bo['pratiche']['$get']>['items'][number];

/** Office and responsible a pratica is routed to (the server's `Assignment`). */
export type Assignment = ServerPratica['route'];

/**
 * One row of the inbox (`GET /api/backoffice/pratiche`, the server's `InboxItem`): `daysLeft`
 * negative when overdue and null once ended; `suspendedUntil` while the clock is suspended.
 */
export type PraticaSummary = Omit<ServerInboxItem, 'status'> & { status: PraticaStatus };

/** One line of the timeline (`timeline()` of @modulo/procedure). */
export interface TimelineEntry {
  date: string;
  status: PraticaStatus;
  statusLabel: string;
  title: string;
  detail: string;
  by: string | null;
}

/**
 * The case history and where things stand (`timeline()` of @modulo/procedure). The server's
 * schema leaves it `unknown`, so this is the one shape of a pratica still written here.
 */
export interface Timeline {
  entries: TimelineEntry[];
  status: PraticaStatus;
  statusLabel: string;
  responsible: {
    role: 'office' | 'responsabile' | 'substitute' | 'none';
    name: string | null;
    label: string;
  };
  citizenAction: string | null;
  citizenActionDueBy: string | null;
  answerDueBy: string | null;
  deadline: unknown;
}

/** A message between office and citizen (the server's `PraticaMessage`). */
export type PraticaMessage = ServerPratica['messages'][number];

/** An attachment of the filing, with its hash. */
export type PraticaAttachment = ServerPratica['attachments'][number];

/** A stored upload: a message attachment, a final document. */
export type UploadedFile = PraticaMessage['attachments'][number];

/** An outgoing document protocolled by an action (the server's `OutgoingProtocol`). */
export type OutgoingProtocol = ServerPratica['outgoing'][number];

/**
 * One pratica (`GET /api/backoffice/pratiche/{code}`, the server's `BackofficePratica`), with the
 * three fields its schema types loosely narrowed to the procedure's values.
 */
export type PraticaDetail = Omit<ServerPratica, 'status' | 'timeline' | 'allowedActions'> & {
  status: PraticaStatus;
  timeline: Timeline;
  allowedActions: ActionType[];
};

/** The pratica as the server sends it, its loose fields read as the procedure's values. */
export function praticaOf(p: ServerPratica): PraticaDetail {
  return {
    ...p,
    status: p.status as PraticaStatus,
    timeline: p.timeline as unknown as Timeline,
    allowedActions: p.allowedActions.filter((a): a is ActionType => ACTION_TYPES.includes(a as ActionType)),
  };
}

/** An inbox row as the server sends it, its status read as the procedure's. */
export const inboxItemOf = (p: ServerInboxItem): PraticaSummary => ({
  ...p,
  status: p.status as PraticaStatus,
});

/** The inbox's filters, a subset of the server's query (`InboxQuerySchema`) with its values named. */
export interface InboxQuery {
  /** A status, `open` (the server's default), `ended` or `all`. */
  state?: PraticaStatus | 'open' | 'ended' | 'all';
  moduleId?: string;
  comune?: string;
  due?: 'overdue' | 'near';
  officeId?: string;
  page?: number;
  pageSize?: number;
}

/** What an action sends (`POST /api/backoffice/pratiche/{code}/actions`, the server's `BackofficeAction`). */
export type PraticaAction = InferRequestType<Bo['pratiche'][':code']['actions']['$post']>['json'];

/** One event of a pratica's audit log (`GET /api/backoffice/pratiche/{code}/audit`). */
export type AuditEntry = Json<Bo['pratiche'][':code']['audit']['$get']>['events'][number];

/** The ente's directory as reassignment needs it (`GET /api/entes/{ente}/directory`). */
export type Directory = Json<Client['api']['entes'][':ente']['directory']['$get']>;

/** What `POST /api/backoffice/uploads` answers. */
export type UploadAnswer = Json<Bo['uploads']['$post'], 201>;

/** The ente's indicators per procedure (`GET /api/backoffice/monitoring`). */
export type MonitoringReport = Json<Bo['monitoring']['$get']>;

/** One procedure's indicators (the server's `ProcedureIndicators`). */
export type ProcedureIndicators = MonitoringReport['procedures'][number];

// TODO typed client once the route lands: `GET /api/entes/{ente}/monitoring/ratings` is being
// added on the server (worktree backoffice); until then its answer is typed here, by its contract.

/** Which ratings: one procedure's (`module`), the page after `cursor`. */
export interface RatingsQuery {
  module?: string;
  cursor?: string;
}

/** One citizen's comment, as staff see it: no identity, no pratica code. */
export interface RatingComment {
  id: string;
  module: string;
  moduleTitle: string;
  /** 1-5. */
  rating: number;
  /** The code of the follow-up answer (`RATING_FOLLOW_UPS` of @modulo/procedure). */
  followUp: string;
  comment: string;
  filedAt: string;
  ratedAt: string;
}

/** The ratings of an ente (or one procedure) for staff, comments newest first, one page at a time. */
export interface RatingsReport {
  /** How many ratings gave each score. */
  distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
  /** How many chose each follow-up answer; `low` after a score of 1-3, `high` after 4-5. */
  followUps: { question: 'low' | 'high'; answer: string; count: number }[];
  comments: RatingComment[];
  /** The next page's cursor; null on the last page. */
  nextCursor: string | null;
}

/**
 * The back office as the staff UI sees it: the inbox, one pratica, the actions, uploads and
 * messages. A refusal (the server's `{ error: { code, message } }`) comes back as a failed
 * result, never a throw.
 */
export interface BackofficeApi {
  list(query: InboxQuery): Promise<ApiResult<{ items: PraticaSummary[]; total: number }>>;
  get(code: string): Promise<ApiResult<PraticaDetail>>;
  /** Applies an action; the value is the pratica after it (the server's `pratica`). */
  act(code: string, action: PraticaAction): Promise<ApiResult<PraticaDetail>>;
  /** Uploads a document (PDF, PNG, JPEG): the final decision, a message attachment. */
  upload(file: Blob, name: string): Promise<ApiResult<UploadAnswer>>;
  /** Sends the office's message, with uploaded attachments. */
  sendMessage(
    code: string,
    message: { body: string; attachments?: string[] },
  ): Promise<ApiResult<{ message: PraticaMessage; status: string }>>;
  /** The pratica's audit log, oldest first. */
  audit(code: string): Promise<ApiResult<AuditEntry[]>>;
  /** Where the audit log downloads as CSV (a link, so the browser saves it). */
  auditCsvHref(code: string): string;
  /** The ente's offices and staff, to pick whom to reassign a pratica to. */
  directory(enteId: string): Promise<ApiResult<Directory>>;
  /** Where one of the pratica's documents (filed attachment, message attachment) downloads. */
  attachmentHref(code: string, uploadId: string): string;
  /** The ente's indicators per procedure, as the staff member's ente sees them. */
  monitoring(): Promise<ApiResult<MonitoringReport>>;
  /** Where the indicators download as CSV (open data). */
  monitoringCsvHref(): string;
  /** The satisfaction ratings for staff: distribution, follow-up answers, comments (a page). */
  ratings(enteId: string, query?: RatingsQuery): Promise<ApiResult<RatingsReport>>;
}
