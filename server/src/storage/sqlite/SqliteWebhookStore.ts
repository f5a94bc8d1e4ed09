import type { Database } from 'better-sqlite3';
import type { Webhook, WebhookDelivery, WebhookStore } from '../WebhookStore';

const CURSOR = 'webhooks:audit-seq';

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

/** Webhooks on SQLite: the queue and its cursor live in the same database as the audit log. */
export class SqliteWebhookStore implements WebhookStore {
  constructor(private readonly db: Database) {}

  create(w: Webhook): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO webhooks (id, ente_id, url, secret, created_at, active) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(w.id, w.enteId, w.url, w.secret, w.createdAt, w.active ? 1 : 0);
    return Promise.resolve();
  }

  list(enteId: string): Promise<Webhook[]> {
    const rows = this.db
      .prepare('SELECT * FROM webhooks WHERE ente_id = ? ORDER BY created_at, id')
      .all(enteId) as {
      id: string;
      ente_id: string;
      url: string;
      secret: string;
      created_at: string;
      active: number;
    }[];
    return Promise.resolve(
      rows.map((r) => ({
        id: r.id,
        enteId: r.ente_id,
        url: r.url,
        secret: r.secret,
        createdAt: r.created_at,
        active: r.active === 1,
      })),
    );
  }

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
  ): Promise<number> {
    const db = this.db;
    return Promise.resolve(
      db.transaction(() => {
        const cursor = db.prepare('SELECT last_run FROM scheduler_runs WHERE job = ?').get(CURSOR) as
          { last_run: string } | undefined;
        const after = Number(cursor?.last_run ?? 0);
        const events = db
          .prepare('SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?')
          .all(after, limit) as {
          seq: number;
          at: string;
          ente_id: string;
          action: string;
          subject: string;
          data: string | null;
        }[];
        let queued = 0;
        // A webhook gets the events from its creation on.
        const hooks = db.prepare(
          'SELECT id FROM webhooks WHERE ente_id = ? AND active = 1 AND created_at <= ?',
        );
        const insert = db.prepare(
          `INSERT OR IGNORE INTO webhook_deliveries (webhook_id, ente_id, audit_seq, body, status, next_at)
           VALUES (?, ?, ?, ?, 'pending', ?)`,
        );
        for (const e of events) {
          const body = bodyOf({
            seq: e.seq,
            at: e.at,
            enteId: e.ente_id,
            action: e.action,
            subject: e.subject,
            ...(e.data === null ? {} : { data: JSON.parse(e.data) as unknown }),
          });
          for (const h of hooks.all(e.ente_id, e.at) as { id: string }[])
            queued += insert.run(h.id, e.ente_id, e.seq, body, e.at).changes;
        }
        const last = events.at(-1);
        if (last)
          db.prepare(
            'INSERT INTO scheduler_runs (job, last_run) VALUES (?, ?) ON CONFLICT (job) DO UPDATE SET last_run = excluded.last_run',
          ).run(CURSOR, String(last.seq));
        return queued;
      })(),
    );
  }

  due(now: string, limit: number): Promise<WebhookDelivery[]> {
    const rows = this.db
      .prepare(`${SELECT} WHERE d.status = 'pending' AND d.next_at <= ? ORDER BY d.next_at, d.id LIMIT ?`)
      .all(now, limit) as DeliveryRow[];
    return Promise.resolve(rows.map(toDelivery));
  }

  delivered(id: number, at: string): Promise<void> {
    this.db
      .prepare(
        `UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = NULL WHERE id = ?`,
      )
      .run(at, id);
    return Promise.resolve();
  }

  attemptFailed(id: number, error: string, nextAt: string | null): Promise<void> {
    this.db
      .prepare(
        `UPDATE webhook_deliveries SET attempts = attempts + 1, last_error = ?,
         status = CASE WHEN ? IS NULL THEN 'failed' ELSE 'pending' END, next_at = coalesce(?, next_at) WHERE id = ?`,
      )
      .run(error, nextAt, nextAt, id);
    return Promise.resolve();
  }

  deliveries(
    enteId: string,
    filter: { status?: WebhookDelivery['status'] } = {},
  ): Promise<WebhookDelivery[]> {
    const rows = this.db
      .prepare(`${SELECT} WHERE d.ente_id = ? AND (? IS NULL OR d.status = ?) ORDER BY d.id DESC LIMIT 500`)
      .all(enteId, filter.status ?? null, filter.status ?? null) as DeliveryRow[];
    return Promise.resolve(rows.map(toDelivery));
  }

  retry(enteId: string, id: number, now: string): Promise<boolean> {
    const info = this.db
      .prepare(
        `UPDATE webhook_deliveries SET status = 'pending', next_at = ? WHERE id = ? AND ente_id = ? AND status != 'delivered'`,
      )
      .run(now, id, enteId);
    return Promise.resolve(info.changes > 0);
  }
}
