/** One append-only audit event. `data` is free JSON for the action's details. */
export interface AuditEvent {
  /** ISO instant. */
  at: string;
  enteId: string;
  /** Who acted: "citizen:<CF>", "staff:<id>", "system", "token:<id>". */
  actor: string;
  /** Dotted verb, e.g. "pratica.filed", "module.published", "draft.purged". */
  action: string;
  /** What it is about, e.g. a pratica code or a module id. */
  subject: string;
  data?: Record<string, unknown>;
}

/** A stored audit event with its sequence number. */
export interface StoredAuditEvent extends AuditEvent {
  seq: number;
}

/** The audit log: events can be appended and read, never changed or removed. */
export interface AuditStore {
  append(event: AuditEvent): Promise<StoredAuditEvent>;
  list(
    enteId: string,
    filter?: { subject?: string; action?: string; limit?: number },
  ): Promise<StoredAuditEvent[]>;
}
