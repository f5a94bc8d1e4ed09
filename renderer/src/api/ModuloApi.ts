import type { JsonSchema, Module, UiSchema } from '@modulo/form-model';
import type { RatingFollowUp, Timeline } from '@modulo/procedure';
import type { LoginRefusal } from './sessionToken';

export type { LoginRefusal };

/** A module as the server serves it (docs/decisions/2026-12-02-format3-and-api-contract.md). */
export interface PublishedModule {
  module: Module;
  schema: JsonSchema;
  uiSchema: UiSchema;
  version: string;
}

/** What `POST /api/entes/:ente/uploads` returns. */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  type: string;
  sha256?: string;
  expiresAt?: string;
}

/** The citizen's identity from `GET /api/me`, keyed like `Field.prefill`. */
export interface Identity {
  fiscalNumber?: string;
  givenName?: string;
  familyName?: string;
  fullName?: string;
  birthdate?: string;
  email?: string;
  phoneNumber?: string;
  address?: unknown;
  pec?: string;
  companyName?: string;
  vatNumber?: string;
  [key: string]: unknown;
}

/** A person or office named on a pratica. */
export interface Named {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
  address?: string;
}

/** The 201 body of a submission: what the confirmation page shows. */
export interface FiledPratica {
  code: string;
  protocol: { number: string | number; year?: number; date: string; segnatura?: string };
  office: Named;
  responsible: Named;
  deadline: string | { dueDate?: string; date?: string };
  fees?: { totalCents: number; fees?: unknown[] };
  receiptUrl: string;
  email?: string;
}

/** A saved draft. */
export interface Draft {
  version: string;
  answers: Record<string, unknown>;
  /** The step it was saved on: resuming opens it (the first incomplete one when it is gone). */
  step?: string;
  savedAt?: string;
  /** What the carry to a newer version dropped: answers, or the saved step (`step_removed`). */
  dropped?: { path: string; code: string; message: string; messageEn?: string }[];
}

/** One problem the server found in a submission (error body `details`). */
export interface ApiErrorDetail {
  code: string;
  path: string;
  message: string;
  messageEn?: string;
}

/** A failed call: HTTP status plus the server's error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
    readonly messageEn?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** One row of "Le mie pratiche". */
export interface PraticaSummary {
  code: string;
  title: string;
  moduleId?: string;
  ente?: string;
  status: string;
  statusLabel?: string;
  filedAt: string;
  answerDueBy?: string | null;
  suspended?: boolean;
}

/** A document of a pratica the citizen may download (`progress.documents` of the server). */
export interface PraticaDocument {
  kind: 'decision' | 'message' | 'filing';
  uploadId: string;
  name: string;
  mediaType: string;
  size: number;
  sha256?: string;
  /** Server path of the download. */
  url: string;
}

/** One pratica of the citizen as the personal area shows it: the timeline is @modulo/procedure's. */
export interface PraticaDetail {
  code: string;
  title: string;
  protocol?: { number: string | number; date: string };
  office?: { name: string; email?: string; address?: string };
  receiptUrl?: string;
  timeline: Timeline;
  /** The term is suspended until this day at the latest. */
  suspendedUntil?: string | null;
  /** An integration request waits for the citizen's answer. */
  integrationPending?: boolean;
  /** A preavviso di rigetto waits for observations: the next message is them (art. 10-bis). */
  observationsOpen?: boolean;
  /** The term has passed: the citizen may ask the substitute official (art. 2 c. 9-ter). */
  canRequestSubstitute?: boolean;
  documents?: PraticaDocument[];
}

/** A message between the office and the citizen on a pratica. */
export interface PraticaMessage {
  id: number;
  at: string;
  sender: 'office' | 'citizen';
  body: string;
  attachments: { uploadId: string; name: string; mediaType: string; size: number }[];
}

/** One service of an ente's catalogue (`GET /api/entes/{ente}/services`), as the confirmation links it. */
export interface CatalogueService {
  moduleId: string;
  title: string;
  /** The office's name: services of the same office are related. */
  office: string;
  /** The service's public page. */
  serviceUrl: string;
}

/** The network surface of the renderer: one client, pointed at a Modulo server. */
export interface ModuloApi {
  getModule(ente: string, moduleId: string, version?: string): Promise<PublishedModule>;
  /** URL of the precompiled validator module of a version (loaded with `import()`). */
  validatorUrl(ente: string, moduleId: string, version: string): string;
  me(): Promise<Identity | null>;
  /** Ends the citizen's session on the server and forgets it in this tab. */
  logout?(): Promise<void>;
  /** Why the login that returned to this page was refused (its one-time code expired, used, ...). */
  loginRefused?(): Promise<LoginRefusal | undefined>;
  /** One file for an attachment field: `target` names the module and the field (id or JSON Pointer). */
  upload(
    ente: string,
    file: File,
    onProgress?: (fraction: number) => void,
    signal?: AbortSignal,
    target?: { module: string; field: string },
  ): Promise<UploadedFile>;
  submit(
    ente: string,
    moduleId: string,
    body: {
      version: string;
      answers: Record<string, unknown>;
      attachments: Record<string, string | string[]>;
    },
    idempotencyKey: string,
  ): Promise<FiledPratica>;
  getDraft(ente: string, moduleId: string): Promise<Draft | null>;
  putDraft(ente: string, moduleId: string, draft: Draft): Promise<void>;
  deleteDraft(ente: string, moduleId: string): Promise<void>;
  /** "Le mie pratiche": the states' words in `lang` when the server has them (`en`), else Italian. */
  myPratiche(lang?: string): Promise<{
    pratiche: PraticaSummary[];
    drafts: (Draft & { ente: string; moduleId: string; title?: string })[];
  }>;
  /** One pratica; its timeline's words in `lang` when the server has them (`en`), else Italian. */
  pratica(code: string, lang?: string): Promise<PraticaDetail>;
  /** `GET /api/pratiche/{code}/messages`: the messages with the office, oldest first. */
  messages(code: string): Promise<PraticaMessage[]>;
  /**
   * `POST /api/pratiche/{code}/messages`: while an integration is pending the message is the
   * integration (the term resumes). Returns the pratica's status after it.
   */
  sendMessage(code: string, body: string, attachments: string[]): Promise<{ status: string }>;
  /** `POST /api/pratiche/{code}/uploads`: an attachment for a message on the citizen's pratica. */
  uploadForPratica(code: string, file: File, onProgress?: (fraction: number) => void): Promise<UploadedFile>;
  /** `POST /api/pratiche/{code}/substitute-request` (art. 2 c. 9-ter). */
  requestSubstitute(code: string): Promise<{ substitute: string | null; substituteDueDate: string | null }>;
  /** `GET /api/pratiche/{code}/rating`: the citizen's rating, or null if not given yet. */
  myRating(code: string): Promise<{ score: number; followUp: RatingFollowUp; comment?: string } | null>;
  /** The ente's published services (for "related services"). */
  services(ente: string, lang: string): Promise<CatalogueService[]>;
  /** `POST /api/pratiche/{code}/rating` (C.SE.1.7): the citizen who filed, once. */
  rate(code: string, rating: { score: number; followUp: RatingFollowUp; comment?: string }): Promise<void>;
  /** Absolute URL of a server path (receipts, login). */
  url(path: string): string;
}
