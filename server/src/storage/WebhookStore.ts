/** An ente's outgoing webhook: where events go and the secret that signs them. */
export interface Webhook {
  id: string;
  enteId: string;
  url: string;
  secret: string;
  createdAt: string;
  active: boolean;
}

/** One event queued for one webhook. */
export interface WebhookDelivery {
  id: number;
  webhookId: string;
  enteId: string;
  url: string;
  secret: string;
  auditSeq: number;
  /** The JSON body, exactly as signed and sent. */
  body: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAt: string;
  lastError: string | null;
  deliveredAt: string | null;
}

/** Webhooks and their persisted delivery queue. */
export interface WebhookStore {
  create(webhook: Webhook): Promise<void>;
  list(enteId: string): Promise<Webhook[]>;
  /**
   * Queues the audit events after the stored cursor, once per active webhook of their ente,
   * and moves the cursor, in one transaction; returns how many deliveries were queued.
   */
  enqueue(
    limit: number,
    bodyOf: (e: {
      seq: number;
      at: string;
      enteId: string;
      action: string;
      subject: string;
      data?: unknown;
    }) => string,
  ): Promise<number>;
  /** Pending deliveries due at `now`, oldest first. */
  due(now: string, limit: number): Promise<WebhookDelivery[]>;
  delivered(id: number, at: string): Promise<void>;
  /** A failed attempt: retried at `nextAt`, or `failed` for good when `nextAt` is null. */
  attemptFailed(id: number, error: string, nextAt: string | null): Promise<void>;
  deliveries(enteId: string, filter?: { status?: WebhookDelivery['status'] }): Promise<WebhookDelivery[]>;
  /** Puts a delivery of this ente back in the queue, due at `now`; false when there is none. */
  retry(enteId: string, id: number, now: string): Promise<boolean>;
}
