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

/** Office and responsible a pratica is routed to (the server's `Assignment`). */
export interface Assignment {
  officeId?: string;
  officeName: string;
  responsibleId?: string;
  responsibleName: string;
  responsibleTitle: string;
  ruleId?: string;
}

/** One row of the inbox (`GET /api/backoffice/pratiche`, the server's `InboxItem`). */
export interface PraticaSummary {
  code: string;
  subject: string;
  moduleId: string;
  moduleVersion: string;
  status: PraticaStatus;
  protocol: { number: number; year: number; date: string; segnatura: string };
  assignment: Assignment;
  /** The current due date (YYYY-MM-DD), suspensions counted. */
  deadline: string;
  /** Days left to the deadline; negative when overdue, null once ended. */
  daysLeft: number | null;
  overdue: boolean;
  /** While the clock is suspended (integration requested, preavviso): until when. */
  suspendedUntil?: string;
  /** The member Comune the filing is about (a pratica of an Unione). */
  comune?: string;
}

/** One line of the timeline (`timeline()` of @modulo/procedure). */
export interface TimelineEntry {
  date: string;
  status: PraticaStatus;
  statusLabel: string;
  title: string;
  detail: string;
  by: string | null;
}

/** The case history and where things stand (`timeline()` of @modulo/procedure). */
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

/** A stored upload: a message attachment, a final document. */
export interface UploadedFile {
  uploadId: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** A message between office and citizen (the server's `PraticaMessage`). */
export interface PraticaMessage {
  id: number;
  at: string;
  sender: 'office' | 'citizen';
  author: string;
  body: string;
  attachments: UploadedFile[];
}

/** An attachment of the filing, with its hash. */
export interface PraticaAttachment extends UploadedFile {
  field: string;
}

/** An outgoing document protocolled by an action (the server's `OutgoingProtocol`). */
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

/** One pratica (`GET /api/backoffice/pratiche/{code}`, the server's `BackofficePratica`). */
export interface PraticaDetail {
  code: string;
  subject: string;
  status: PraticaStatus;
  statusLabel: string;
  ente: { id: string; name: string };
  submitter: string;
  module: { id: string; version: string; title?: string; document: unknown };
  answers: Record<string, unknown>;
  attachments: PraticaAttachment[];
  documentSha256: string;
  registerHash: string;
  protocol: { number: number; year: number; date: string; at: string; aoo: string; segnatura: string };
  fees: unknown;
  route: Assignment;
  deadline: string;
  daysLeft: number | null;
  overdue: boolean;
  suspendedUntil?: string;
  comune?: string;
  timeline: Timeline;
  outgoing: OutgoingProtocol[];
  messages: PraticaMessage[];
  allowedActions: ActionType[];
}

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
export type PraticaAction =
  | { type: 'take_in_charge'; note?: string }
  | {
      type: 'request_integration';
      message: string;
      /** The documents asked for, at least one. */
      documents: string[];
      /** YYYY-MM-DD, after today and at most 30 days ahead (art. 2 c. 7). */
      dueBy: string;
    }
  | { type: 'preavviso'; reasons: string }
  | {
      type: 'conclude';
      outcome: 'positive' | 'negative';
      motivation: string;
      /** The final document, from `upload()`. */
      documentUploadId: string;
    }
  | { type: 'reassign'; operatorId?: string; officeId?: string; reason: string };

/** One event of a pratica's audit log (`GET /api/backoffice/pratiche/{code}/audit`). */
export interface AuditEntry {
  seq: number;
  at: string;
  /** "staff:<id>", "citizen:<CF>", "system". */
  actor: string;
  /** e.g. "pratica.taken-in-charge". */
  action: string;
  data?: Record<string, unknown>;
}

/** The ente's directory as reassignment needs it (`GET /api/entes/{ente}/directory`). */
export interface Directory {
  offices: { id: string; name: string }[];
  staff: { id: string; name: string; title: string; roles: string[]; offices: string[] }[];
}

/** What `POST /api/backoffice/uploads` answers. */
export interface UploadAnswer {
  id: string;
  name: string;
  size: number;
  type: string;
  sha256: string;
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
}
