import type { Store } from '../../storage/Store';
import { signWebhook, WEBHOOK_HEADERS } from './signWebhook';

/** Attempts before a delivery is marked failed (visible to the ente admin, who may retry it). */
export const MAX_ATTEMPTS = 8;
/** The first retry waits this long; each next one twice as long, up to an hour. */
export const BASE_DELAY_MS = 30_000;

/** The delay before attempt `n + 1` after `n` failed ones. */
export const backoffMs = (failed: number): number => Math.min(BASE_DELAY_MS * 2 ** (failed - 1), 3_600_000);

/**
 * Queues the new audit events for every webhook of their ente, then sends the deliveries due at
 * `now`: POST, JSON body, signed (`signWebhook`). A 2xx answer delivers; anything else (or no
 * answer in 10 s) is retried with exponential backoff, and after `MAX_ATTEMPTS` marked failed.
 */
export async function runWebhooks(
  store: Store,
  now: Date,
  send: typeof fetch = fetch,
): Promise<{ queued: number; delivered: number; failed: number }> {
  const queued = await store.webhooks.enqueue(1000, (e) =>
    JSON.stringify({
      id: `evt_${e.seq}`,
      type: e.action,
      at: e.at,
      ente: e.enteId,
      subject: e.subject,
      ...(e.data === undefined ? {} : { data: e.data }),
    }),
  );
  let delivered = 0;
  let failed = 0;
  for (const d of await store.webhooks.due(now.toISOString(), 100)) {
    const timestamp = Math.floor(now.getTime() / 1000);
    let error: string | undefined;
    try {
      const res = await send(d.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [WEBHOOK_HEADERS.id]: `evt_${d.auditSeq}`,
          [WEBHOOK_HEADERS.timestamp]: String(timestamp),
          [WEBHOOK_HEADERS.signature]: signWebhook(d.secret, timestamp, d.body),
        },
        body: d.body,
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) error = `HTTP ${res.status}`;
      await res.body?.cancel();
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    if (error === undefined) {
      await store.webhooks.delivered(d.id, now.toISOString());
      delivered++;
    } else {
      const attempts = d.attempts + 1;
      const next =
        attempts >= MAX_ATTEMPTS ? null : new Date(now.getTime() + backoffMs(attempts)).toISOString();
      await store.webhooks.attemptFailed(d.id, error, next);
      failed++;
    }
  }
  return { queued, delivered, failed };
}
