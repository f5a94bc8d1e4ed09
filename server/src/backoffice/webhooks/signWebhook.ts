import { createHmac, timingSafeEqual } from 'node:crypto';

/** The headers of a webhook request. */
export const WEBHOOK_HEADERS = {
  id: 'modulo-webhook-id',
  timestamp: 'modulo-webhook-timestamp',
  signature: 'modulo-webhook-signature',
} as const;

/** `v1=` + hex HMAC-SHA256, keyed by the webhook's secret, over `<timestamp>.<body>` (timestamp in Unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does: recompute the signature over the raw body and compare in constant
 * time, refusing timestamps more than `toleranceSeconds` from its own clock (replays).
 */
export function verifyWebhook(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): boolean {
  const ts = Number(headers.timestamp);
  if (!Number.isInteger(ts) || Math.abs(nowSeconds - ts) > toleranceSeconds || !headers.signature)
    return false;
  const expected = Buffer.from(signWebhook(secret, ts, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
