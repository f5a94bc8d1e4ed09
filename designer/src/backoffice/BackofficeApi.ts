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

/** One row of the inbox (`GET /api/backoffice/pratiche`). */
export interface PraticaSummary {
  code: string;
  subject: string;
  moduleId: string;
  moduleVersion: string;
  status: PraticaStatus;
  protocol: { number: number; year: number; date: string; segnatura: string };
  assignment: {
    officeId?: string;
    officeName: string;
    responsibleId?: string;
    responsibleName: string;
    responsibleTitle?: string;
  };
  /** The term's last day (YYYY-MM-DD). */
  deadline: string;
  /** Days left to the deadline; negative when overdue. */
  daysLeft: number;
  overdue: boolean;
  /** While the clock is suspended (integration requested, preavviso): until when. */
  suspendedUntil?: string;
  /** The member Comune the filing is about (a pratica of an Unione). */
  comune?: string;
}

export interface TimelineEntry {
  at: string;
  type: string;
  /** What happened, in Italian, for staff. */
  text: string;
  by?: string;
}

export interface PraticaMessage {
  at: string;
  from: 'staff' | 'citizen';
  text: string;
}

export interface PraticaAttachment {
  field: string;
  name: string;
  mediaType: string;
  size: number;
  url?: string;
}

/** One pratica (`GET /api/backoffice/pratiche/{code}`). */
export interface PraticaDetail extends PraticaSummary {
  answers: Record<string, unknown>;
  attachments: PraticaAttachment[];
  timeline: TimelineEntry[];
  messages: PraticaMessage[];
  allowedActions: ActionType[];
}

export interface InboxQuery {
  state?: PraticaStatus;
  moduleId?: string;
  comune?: string;
  due?: 'overdue' | 'near';
  officeId?: string;
  page?: number;
  pageSize?: number;
}

/** What an action sends (`POST /api/backoffice/pratiche/{code}/actions`). */
export type PraticaAction =
  | { type: 'take_in_charge' }
  | { type: 'request_integration'; message: string; dueBy?: string }
  | { type: 'preavviso'; reasons: string }
  | { type: 'conclude'; outcome: 'positive' | 'negative'; reason: string }
  | { type: 'reassign'; officeId: string; responsibleId?: string; reason?: string };

/**
 * The back office as the staff UI sees it: the inbox, one pratica, and the actions. A refusal
 * (409 `{ code, message }` from the server) comes back as a failed result, never a throw.
 */
export interface BackofficeApi {
  list(query: InboxQuery): Promise<ApiResult<{ items: PraticaSummary[]; total: number }>>;
  get(code: string): Promise<ApiResult<PraticaDetail>>;
  act(code: string, action: PraticaAction): Promise<ApiResult<PraticaDetail>>;
}
