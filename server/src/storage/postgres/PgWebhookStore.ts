import type { Pool } from 'pg';
import type { Webhook, WebhookDelivery, WebhookStore } from '../WebhookStore';
import { auditHorizon } from './auditHorizon';
import { inTransaction } from './pgPool';

const CURSOR = 'webhooks:audit-seq';
/** How long a claimed delivery stays with its instance: 100 deliveries of at most 10 s each fit. */
const LEASE_MS = 30 * 60_000;

interface DeliveryRow {
  id: number;
  webhook_id: string;
  ente_id: string;
  url: string;
  secret: string;
  audit_seq: number;
  body: string;
  status: WebhookDelivery['status'];
  attempts: number;
  next_at: string;
  last_error: string | null;
  delivered_at: string | null;
}

const toDelivery = (r: DeliveryRow): WebhookDelivery => ({
  id: r.id,
  webhookId: r.webhook_id,
  enteId: r.ente_id,
  url: r.url,
  secret: r.secret,
  auditSeq: r.audit_seq,
  body: r.body,
  status: r.status,
  attempts: r.attempts,
  nextAt: r.next_at,
  lastError: r.last_error,
  deliveredAt: r.delivered_at,
});

const SELECT = `SELECT d.*, w.url, w.secret FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id`;

/**
 * Webhooks on PostgreSQL: the queue and its cursor live beside the audit log. Instances
 * enqueueing together take turns on the cursor's row and never queue an event twice.
 */
export class PgWebhookStore implements WebhookStore {
  constructor(private readonly pool: Pool) {}

  async create(w: Webhook): Promise<void> {
    await this.pool.query(
      'INSERT INTO webhooks (id, ente_id, url, secret, created_at, active) VALUES ($1, $2, $3, $4, $5, $6)',
      [w.id, w.enteId, w.url, w.secret, w.createdAt, w.active],
    );
  }

  async list(enteId: string): Promise<Webhook[]> {
    const { rows } = await this.pool.query<{
      id: string;
      ente_id: string;
      url: string;
      secret: string;
      created_at: string;
      active: boolean;
    }>('SELECT * FROM webhooks WHERE ente_id = $1 ORDER BY created_at, id', [enteId]);
    return rows.map((r) => ({
      id: r.id,
      enteId: r.ente_id,
      url: r.url,
      secret: r.secret,
      createdAt: r.created_at,
      active: r.active,
    }));
  }

  async enqueue(
    limit: number,
    bodyOf: (e: {
      seq: number;
      at: string;
      enteId: string;
      action: string;
      subject: string;
      data?: unknown;
    }) => string,
  ): Promise<number> {
    const horizon = await auditHorizon(this.pool);
    return inTransaction(this.pool, async (c) => {
      await c.query(
        `INSERT INTO scheduler_runs (job, last_run) VALUES ($1, '0') ON CONFLICT (job) DO NOTHING`,
        [CURSOR],
      );
      const cursor = await c.query<{ last_run: string }>(
        'SELECT last_run FROM scheduler_runs WHERE job = $1 FOR UPDATE',
        [CURSOR],
      );
      const after = Number(cursor.rows[0]?.last_run ?? 0);
      const { rows: events } = await c.query<{
        seq: number;
        at: string;
        ente_id: string;
        action: string;
        subject: string;
        data: string | null;
      }>('SELECT * FROM audit WHERE seq > $1 AND seq <= $2 ORDER BY seq LIMIT $3', [after, horizon, limit]);
      if (events.length === 0) return 0;
      const bodies = events.map((e) =>
        bodyOf({
          seq: e.seq,
          at: e.at,
          enteId: e.ente_id,
          action: e.action,
          subject: e.subject,
          ...(e.data === null ? {} : { data: JSON.parse(e.data) as unknown }),
        }),
      );
      // A webhook gets the events from its creation on.
      const { rowCount } = await c.query(
        `INSERT INTO webhook_deliveries (webhook_id, ente_id, audit_seq, body, status, next_at)
         SELECT w.id, e.ente_id, e.seq, e.body, 'pending', e.at
         FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS e(seq, ente_id, at, body)
         JOIN webhooks w ON w.ente_id = e.ente_id AND w.active AND w.created_at <= e.at
         ORDER BY e.seq, w.id
         ON CONFLICT (webhook_id, audit_seq) DO NOTHING`,
        [events.map((e) => e.seq), events.map((e) => e.ente_id), events.map((e) => e.at), bodies],
      );
      await c.query('UPDATE scheduler_runs SET last_run = $1 WHERE job = $2', [
        String(events[events.length - 1]!.seq),
        CURSOR,
      ]);
      return rowCount ?? 0;
    });
  }

  /**
   * Claims the deliveries due: each is leased for `LEASE_MS` (its next_at moves on), so another
   * instance asking meanwhile gets others; `delivered` or `attemptFailed` settles it, and one
   * whose instance died comes due again when the lease ends. (The final SELECT sees the rows as
   * they were before the lease: every part of one statement reads the same snapshot.)
   */
  async due(now: string, limit: number): Promise<WebhookDelivery[]> {
    const lease = new Date(Date.parse(now) + LEASE_MS).toISOString();
    const { rows } = await this.pool.query<DeliveryRow>(
      `WITH picked AS (
         SELECT id, next_at FROM webhook_deliveries WHERE status = 'pending' AND next_at <= $1
         ORDER BY next_at, id LIMIT $2 FOR UPDATE SKIP LOCKED),
       leased AS (
         UPDATE webhook_deliveries d SET next_at = $3 FROM picked WHERE d.id = picked.id RETURNING d.id)
       ${SELECT} JOIN leased ON leased.id = d.id ORDER BY d.next_at, d.id`,
      [now, limit, lease],
    );
    return rows.map(toDelivery);
  }

  async delivered(id: number, at: string): Promise<void> {
    await this.pool.query(
      `UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = $1,
       last_error = NULL WHERE id = $2`,
      [at, id],
    );
  }

  async attemptFailed(id: number, error: string, nextAt: string | null): Promise<void> {
    await this.pool.query(
      `UPDATE webhook_deliveries SET attempts = attempts + 1, last_error = $1,
       status = CASE WHEN $2::text IS NULL THEN 'failed' ELSE 'pending' END, next_at = coalesce($2, next_at)
       WHERE id = $3`,
      [error, nextAt, id],
    );
  }

  async deliveries(
    enteId: string,
    filter: { status?: WebhookDelivery['status'] } = {},
  ): Promise<WebhookDelivery[]> {
    const { rows } = await this.pool.query<DeliveryRow>(
      `${SELECT} WHERE d.ente_id = $1 AND ($2::text IS NULL OR d.status = $2) ORDER BY d.id DESC LIMIT 500`,
      [enteId, filter.status ?? null],
    );
    return rows.map(toDelivery);
  }

  async retry(enteId: string, id: number, now: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `UPDATE webhook_deliveries SET status = 'pending', next_at = $1
       WHERE id = $2 AND ente_id = $3 AND status != 'delivered'`,
      [now, id, enteId],
    );
    return (rowCount ?? 0) > 0;
  }
}
