import type { PraticaEvent, PresentedEvent } from '@modulo/procedure';

/** An attachment of a filing, as the server recorded it at upload time. */
export interface FiledAttachment {
  fieldId: string;
  uploadId: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** Who a pratica is routed to, as named in the ente's directory at filing time. */
export interface Assignment {
  officeId?: string;
  officeName: string;
  responsibleId?: string;
  responsibleName: string;
  responsibleTitle: string;
  /** The routing rule that chose them, if any. */
  ruleId?: string;
}

/** Everything the filing transaction stores; computed and checked before it starts. */
export interface FilingInput {
  enteId: string;
  moduleId: string;
  moduleVersion: string;
  /** "citizen:<CF>" or "token:<id>". */
  submitter: string;
  /** With a `token:` submitter: the fiscal code of the citizen it filed for (audited). */
  onBehalfOf?: string;
  /** The protocol instant: the filing date is the protocol date (Europe/Rome). */
  at: Date;
  /** The canonical JSON (RFC 8785) of the filed document, and its SHA-256 (hex). */
  document: string;
  documentSha256: string;
  attachments: FiledAttachment[];
  assignment: Assignment;
  /** The due date, `YYYY-MM-DD`, computed at filing. */
  deadline: string;
  termDays: number;
  /** The recomputed fees (`computeFees`), as JSON. */
  fees: unknown;
  /** The subject of the protocol entry: the module title. */
  subject: string;
  /** With an idempotency key, a retry returns the first pratica instead of filing again. */
  idempotency?: { key: string; requestSha256: string };
}

/** The protocol registration of a filing. */
export interface Protocol {
  number: number;
  year: number;
  /** The Rome date of the protocol instant, `YYYY-MM-DD`. */
  date: string;
  /** ISO instant. */
  at: string;
  aoo: string;
  /** The protocol stamp, e.g. "c_x123 AOO_UVS 2026 0000042 del 02/12/2026". */
  segnatura: string;
}

/** What `PraticaStore.list` selects. */
export interface PraticaFilter {
  submitter?: string;
  onBehalfOf?: string;
  officeIds?: string[];
  limit?: number;
}

/** A filed pratica as stored. */
export interface StoredPratica {
  code: string;
  enteId: string;
  moduleId: string;
  moduleVersion: string;
  submitter: string;
  /** With a `token:` submitter: the fiscal code of the citizen it filed for. */
  onBehalfOf?: string;
  status: string;
  protocol: Protocol;
  assignment: Assignment;
  deadline: string;
  termDays: number;
  fees: unknown;
  subject: string;
  document: string;
  documentSha256: string;
  attachments: FiledAttachment[];
  /** This pratica's link in the register's hash chain. */
  registerHash: string;
  /** Its life: the `presented` event (the protocol registration), then what followed. */
  events: [PresentedEvent, ...PraticaEvent[]];
}

/** The outcome of `file`: a new pratica, or the first one filed with the same idempotency key. */
export type FilingResult =
  | { ok: true; pratica: StoredPratica; replayed: boolean }
  | {
      ok: false;
      code: 'idempotency_conflict' | 'upload_not_found' | 'upload_expired' | 'ente_not_found';
      detail?: string;
    };

/** One link of the register's hash chain. */
export interface RegisterEntry {
  aoo: string;
  seq: number;
  praticaCode: string;
  /** The canonical JSON of the entry (protocol data, document and attachment hashes). */
  entry: string;
  prevHash: string;
  hash: string;
}

/** The result of re-checking a chain. */
export type ChainCheck =
  | { ok: true; entries: number }
  | {
      ok: false;
      entries: number;
      brokenAt: { aoo: string; seq: number; praticaCode: string; reason: string };
    };

/** Pratiche, the protocol register and its hash chain. */
export interface PraticaStore {
  /**
   * Files a submission in one transaction: next protocol number of the ente's AOO for the
   * year, the pratica, its attachments (the uploads become referenced), the register's
   * hash-chain link, an audit event. Resolves only after the commit is durable.
   */
  file(input: FilingInput): Promise<FilingResult>;
  get(code: string): Promise<StoredPratica | undefined>;
  /** The pratica first filed with this idempotency key by this submitter, with its request hash. */
  byIdempotencyKey(
    enteId: string,
    submitter: string,
    key: string,
  ): Promise<{ requestSha256: string; pratica: StoredPratica } | undefined>;
  /**
   * The pratiche of an ente, newest first; filters for the personal area and the inbox. With
   * `submitter` and `onBehalfOf` (a fiscal code): also those a token filed for that citizen.
   */
  list(enteId: string, filter?: PraticaFilter): Promise<StoredPratica[]>;
  count(enteId?: string): Promise<number>;
  /**
   * Records an event already checked against the law (`applyEvent`) and the status it leads
   * to, with an audit event, in one transaction.
   */
  appendEvent(code: string, event: PraticaEvent, status: string, actor: string): Promise<void>;
  /**
   * Re-checks the register's chain of every AOO, or up to one pratica's link, rehashing from the
   * last checkpoint before it; `full` rehashes from the first link (the register check).
   */
  verifyChain(options?: { upTo?: string; full?: boolean }): Promise<ChainCheck>;
}
